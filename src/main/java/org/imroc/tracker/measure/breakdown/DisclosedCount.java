package org.imroc.tracker.measure.breakdown;

/**
 * A count as published: its value (rounded as the disclosure says), or null with {@code suppressed} and the reason.
 */
public record DisclosedCount(String id, Long value, boolean suppressed, SuppressionReason reason) {}
