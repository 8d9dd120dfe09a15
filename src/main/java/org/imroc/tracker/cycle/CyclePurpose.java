package org.imroc.tracker.cycle;

/** Why a cycle is run: to collect information, develop a change, test it, or implement it at scale. */
public enum CyclePurpose {
    COLLECT_INFORMATION,
    DEVELOP,
    TEST,
    IMPLEMENT
}
