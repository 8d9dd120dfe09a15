package org.imroc.tracker.measure;

/**
 * What a measure tells: OUTCOME, the aim's own number (restraint episodes); PROCESS, whether the steps of the change
 * happen (courses co-produced); BALANCING, whether the change causes problems elsewhere (assaults on staff).
 */
public enum MeasureType {
    OUTCOME,
    PROCESS,
    BALANCING
}
