package dev.ticketops.domain;

/** Small helpers for user text. */
public final class Text {
    private Text() {
    }

    /** Number of user-visible characters (code points), so an emoji counts once. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Cuts to at most {@code max} code points without splitting a surrogate pair. */
    public static String clip(String s, int max) {
        if (length(s) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
