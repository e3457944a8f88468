package dev.ticketops.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fits escaped text into Block Kit's limits. Slack counts the characters it receives, after escaping ({@code &} becomes
 * {@code &amp;}), so text is measured escaped and cut between characters a person typed — never inside an entity.
 * What is cut ends with "…" and a pointer to the whole text, so Slack never rejects a message into a retry loop.
 */
final class SlackFit {
    /** Section text, a context element's text and a modal's mrkdwn: 3,000 characters. */
    static final int SECTION = 3000;
    /** One of a section's fields: 2,000 characters. */
    static final int FIELD = 2000;
    /** A button's label: 75 characters. */
    static final int BUTTON_LABEL = 75;
    /** A button's value: 2,000 characters. */
    static final int BUTTON_VALUE = 2000;
    /** Blocks in one message. */
    static final int BLOCKS = 50;
    /** Elements of one actions block. */
    static final int ACTIONS = 25;
    /** Fields of one section. */
    static final int FIELDS = 10;

    static final String CUT = "… _(shortened; the whole text is kept with the ticket)_";

    private SlackFit() {
    }

    /** {@code raw} escaped by {@code escape}, at most {@code max} characters: cut with {@link #CUT} when longer. */
    static String fit(String raw, int max, UnaryOperator<String> escape) {
        return fit(raw, max, escape, CUT);
    }

    /** As {@link #fit(String, int, UnaryOperator)}, ending a cut with {@code marker} (e.g. a bare "…"). */
    static String fit(String raw, int max, UnaryOperator<String> escape, String marker) {
        if (fits(raw, max, escape)) {
            return escape.apply(raw);
        }
        return escape.apply(raw.substring(0, fittingPrefix(raw, max - marker.length(), escape))).stripTrailing() + marker;
    }

    /**
     * {@code raw} escaped and split into at most {@code most} pieces of at most {@code max} characters, at a line break
     * where one falls in the second half of a piece, else between two characters; the last piece ends with
     * {@link #CUT} when the text needs more pieces than that.
     */
    static List<String> pieces(String raw, int max, int most, UnaryOperator<String> escape) {
        List<String> out = new ArrayList<>();
        String rest = raw;
        while (!rest.isEmpty() && out.size() < most - 1 && !fits(rest, max, escape)) {
            int end = fittingPrefix(rest, max, escape);
            int newline = rest.lastIndexOf('\n', end);
            if (newline > end / 2) {
                end = newline;
            }
            out.add(escape.apply(rest.substring(0, end)));
            rest = rest.substring(end).stripLeading();
        }
        if (!rest.isEmpty() && most > 0) {
            out.add(fit(rest, max, escape));
        }
        return out;
    }

    private static boolean fits(String raw, int max, UnaryOperator<String> escape) {
        return raw.length() <= max && escape.apply(raw).length() <= max;
    }

    /** The longest prefix length (in chars, never splitting a surrogate pair) whose escaped form fits {@code budget}. */
    private static int fittingPrefix(String raw, int budget, UnaryOperator<String> escape) {
        int lo = 0;
        int hi = Math.min(raw.length(), Math.max(budget, 0)); // escaping never shortens text
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (escape.apply(raw.substring(0, safe(raw, mid))).length() <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return safe(raw, lo);
    }

    private static int safe(String s, int end) {
        return end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }
}
