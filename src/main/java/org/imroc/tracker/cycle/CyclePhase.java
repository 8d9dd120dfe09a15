package org.imroc.tracker.cycle;

/**
 * Where a PDSA cycle is. PLAN: the objective, questions and predictions are written. DO: the change is tried on a
 * small scale and observed. STUDY: results are compared with the predictions. ACT: the team has decided to adopt,
 * adapt or abandon the change (reached only by recording the review). CANCELLED: stopped before it was studied.
 */
public enum CyclePhase {
    PLAN,
    DO,
    STUDY,
    ACT,
    CANCELLED
}
