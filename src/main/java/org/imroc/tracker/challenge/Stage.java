package org.imroc.tracker.challenge;

/**
 * How far an organisation has come on one challenge, on ImROC's ordinal scale: from engagement through
 * development to transformation. The level is the number used to measure change since baseline.
 */
public enum Stage {
    NOT_STARTED(0, "Not started", "No recovery-focused work on this challenge yet"),
    ENGAGEMENT(1, "Engagement", "Leaders and staff engaged; plans and first tests under way"),
    DEVELOPMENT(2, "Development", "Changes being tested and spread; early evidence of change"),
    TRANSFORMATION(3, "Transformation", "Changes embedded across the organisation and sustained");

    private final int level;
    private final String label;
    private final String meaning;

    Stage(int level, String label, String meaning) {
        this.level = level;
        this.label = label;
        this.meaning = meaning;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
