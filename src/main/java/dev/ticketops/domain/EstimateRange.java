package dev.ticketops.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An estimate of the work: a range such as 2–3 hours, or a single value. 0 &lt; low ≤ high ≤ 200 hours. */
public record EstimateRange(int lowMinutes, int highMinutes) {
    public static final int MAX_MINUTES = 200 * 60;
    public static final String EXAMPLES = "2-3h, 2–3 hours, 90m-2h or 3h";

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:-|–|—|\\bto\\b)\\s*");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(?i)^[\\d.,\\s]+(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)$");
    private static final Pattern BARE = Pattern.compile("[\\d.,]+");

    public EstimateRange {
        if (lowMinutes < 1 || lowMinutes > highMinutes || highMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("an estimate needs 0 < low ≤ high ≤ 200 hours");
        }
    }

    public static Result<EstimateRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Result.refused("No estimate was given.", "Write it like " + EXAMPLES + ".");
        }
        String t = text.strip();
        String[] parts = SEPARATOR.split(t, -1);
        if (parts.length == 1) {
            return DurationText.parseMinutes(t, MAX_MINUTES)
                    .map(m -> new EstimateRange(m, m));
        }
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Result.refused(Text.quote(t) + " is not an estimate I can read.",
                    "Write it like " + EXAMPLES + ".");
        }
        String low = parts[0].strip();
        String high = parts[1].strip();
        // "2-3h": the low end borrows the unit of the high end.
        var highUnit = UNIT_SUFFIX.matcher(high);
        if (BARE.matcher(low).matches() && highUnit.matches()) {
            low = low + highUnit.group(1).toLowerCase(Locale.ROOT);
        }
        Result<Integer> lo = DurationText.parseMinutes(low, MAX_MINUTES);
        if (lo instanceof Result.Refused<Integer> r) {
            return Result.refused("The low end: " + r.reason(), r.hint());
        }
        Result<Integer> hi = DurationText.parseMinutes(high, MAX_MINUTES);
        if (hi instanceof Result.Refused<Integer> r) {
            return Result.refused("The high end: " + r.reason(), r.hint());
        }
        int l = ((Result.Ok<Integer>) lo).value();
        int h = ((Result.Ok<Integer>) hi).value();
        if (l > h) {
            return Result.refused("The low end (" + Hours.words(l) + ") is above the high end (" + Hours.words(h) + ").",
                    "Put the smaller number first, like 2-3h.");
        }
        return Result.ok(new EstimateRange(l, h));
    }

    public boolean isSingle() {
        return lowMinutes == highMinutes;
    }

    /** {@code "2–3 hours"}, {@code "1.5–2 hours"}, {@code "3 hours"}, {@code "40 minutes – 1 hour"}. */
    public String describe() {
        if (isSingle()) {
            return Hours.words(lowMinutes);
        }
        if (lowMinutes % 15 == 0 && highMinutes % 15 == 0 && lowMinutes >= 60) {
            return Hours.trimmed(lowMinutes) + "–" + Hours.trimmed(highMinutes) + " hours";
        }
        return Hours.words(lowMinutes) + " – " + Hours.words(highMinutes);
    }

    @Override
    public String toString() {
        return describe();
    }
}
