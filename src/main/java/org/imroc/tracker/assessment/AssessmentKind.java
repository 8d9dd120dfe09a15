package org.imroc.tracker.assessment;

/** Who assessed: the Trust itself (SELF), an ImROC consultant (CONSULTANT), or both together (JOINT). */
public enum AssessmentKind {
    SELF,
    CONSULTANT,
    JOINT
}
