package org.imroc.tracker.measure.spc;

import java.util.List;

/**
 * What the special-cause rules say about one point: every rule that fires, and which way the point signals
 * (+1 high, -1 low, 0 no signal), taken from the first rule that fires in {@link SpcRule} order.
 */
record PointSignal(List<SpcRule> rules, int signal) {

    PointSignal {
        rules = List.copyOf(rules);
    }
}
