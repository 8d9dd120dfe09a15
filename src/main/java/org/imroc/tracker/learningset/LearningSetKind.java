package org.imroc.tracker.learningset;

/**
 * How Trusts learn together. An ACTION_LEARNING_SET is a small group meeting regularly on one challenge (ImROC's
 * "mutual support through Action Learning Sets"); a COMMUNITY_OF_PRACTICE is looser and longer-lived; a COLLABORATIVE
 * is the IHI Breakthrough Series model (learning sessions, action periods, monthly team reports).
 */
public enum LearningSetKind {
    ACTION_LEARNING_SET,
    COMMUNITY_OF_PRACTICE,
    COLLABORATIVE
}
