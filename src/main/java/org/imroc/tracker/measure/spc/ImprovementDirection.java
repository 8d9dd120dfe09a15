package org.imroc.tracker.measure.spc;

/**
 * Which way a measure should move for the change to count as an improvement: up (INCREASE), down (DECREASE),
 * or neither (NEUTRAL, e.g. a balancing measure watched for any change). It colours special causes and decides
 * which side of a target is a pass.
 */
public enum ImprovementDirection {
    INCREASE,
    DECREASE,
    NEUTRAL
}
