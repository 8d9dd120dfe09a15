package org.imroc.tracker.measure;

import java.time.LocalDate;

/**
 * One period of a measure's series, as written ({@code 2024-03}, {@code 2024-W09}, {@code 2024-Q1}), with the day
 * it starts on, by which periods are ordered.
 */
public record Period(String label, LocalDate start, Frequency frequency) implements Comparable<Period> {

    /** The period after this one. */
    public Period next() {
        return frequency.periodStarting(frequency.advance(start));
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }
}
