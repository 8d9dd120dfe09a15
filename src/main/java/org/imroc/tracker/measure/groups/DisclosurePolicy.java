package org.imroc.tracker.measure.groups;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.measure.breakdown.Disclosure;
import org.imroc.tracker.measure.breakdown.Parts;

/**
 * Who sees which figures of people: the Trust's own users, its consultants, administrators and ordinary keys see
 * them raw; a PUBLIC key (a published dashboard), and any member of a learning set looking at another member, sees
 * them through {@link #disclosure()}: counts from 1 to {@code tracker.disclosure.min-count} − 1 hidden, their
 * complements too, others rounded to {@code tracker.disclosure.round-to} (docs/breakdowns.md).
 */
@ApplicationScoped
public class DisclosurePolicy {

    private final Disclosure disclosure;
    private final CurrentCaller caller;

    public DisclosurePolicy(TrackerConfig config, CurrentCaller caller) {
        this.disclosure = new Disclosure(
                config.disclosure().minCount(), config.disclosure().roundTo());
        this.caller = caller;
    }

    /** The suppression rules figures shown beyond a Trust's own people pass through. */
    public Disclosure disclosure() {
        return disclosure;
    }

    /** A figure and its parts through {@link #disclosure()}; {@code numerator} is a plain measure's value. */
    public DisclosedFigure disclose(BigDecimal numerator, BigDecimal denominator, Parts parts) {
        return DisclosedFigure.of(disclosure, numerator, denominator, parts);
    }

    /** Whether the current caller sees every figure of people suppressed (a PUBLIC key). */
    public boolean callerSeesPublicFiguresOnly() {
        return caller.get().publicDisclosure();
    }
}
