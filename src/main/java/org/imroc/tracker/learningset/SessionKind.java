package org.imroc.tracker.learningset;

/** What kind of meeting of a learning set. */
public enum SessionKind {
    LEARNING_SESSION,
    ACTION_LEARNING_SET_MEETING,
    WEBINAR,
    SITE_EXCHANGE
}
