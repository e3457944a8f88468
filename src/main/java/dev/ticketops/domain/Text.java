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

    /**
     * What someone typed, quoted in a refusal: trimmed and cut to 40 characters (with "…") so a pasted wall of text
     * does not come back at them. Credentials in it are redacted where refusals are answered.
     */
    public static String quote(String typed) {
        String s = String.valueOf(typed).strip();
        return "“" + (length(s) <= QUOTE_MAX ? s : clip(s, QUOTE_MAX - 1) + "…") + "”";
    }

    private static final int QUOTE_MAX = 40;

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
