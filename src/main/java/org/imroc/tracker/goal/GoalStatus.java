package org.imroc.tracker.goal;

/** Whether a goal is being worked on, has been reached, or was given up. */
public enum GoalStatus {
    ACTIVE,
    ACHIEVED,
    DROPPED
}
