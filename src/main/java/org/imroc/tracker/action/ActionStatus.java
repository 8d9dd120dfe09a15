package org.imroc.tracker.action;

/**
 * Where an action of the plan stands. OPEN: agreed, not started. IN_PROGRESS: being worked on. BLOCKED: cannot
 * proceed (the reason is recorded). DONE: finished. CANCELLED: no longer needed.
 */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    BLOCKED,
    CANCELLED;

    /** Finished one way or another: never overdue. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
