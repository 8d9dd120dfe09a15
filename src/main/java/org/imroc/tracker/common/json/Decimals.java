package org.imroc.tracker.common.json;

import java.math.BigDecimal;

/** How a stored decimal is shown: without the trailing zeros of its column's scale, and never in E notation. */
public final class Decimals {

    private Decimals() {}

    /** 12.5000 as stored → 12.5; 10.0000 → 10 (never 1E+1); null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** As {@link #plain}, written out: "12.5", "10". */
    public static String plainText(BigDecimal value) {
        return plain(value).toPlainString();
    }
}
