package org.imroc.tracker.common.json;

/** Whether text can be stored as it was sent: no U+0000 and no unpaired surrogate. Used for JSON and CSV alike. */
public final class StorableText {

    private StorableText() {}

    /** Why {@code text} cannot be stored, or null when it can (null text included). */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }
}
