package org.imroc.tracker.measure.spc;

/** Which way a run-chart trend goes: each counted point higher (UP) or lower (DOWN) than the one before. */
public enum TrendDirection {
    UP,
    DOWN
}
