package dev.ticketops.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the ways people write an amount of time: {@code 1.5h}, {@code 90m}, {@code 1h30m}, {@code 1:30},
 * {@code 0.25h}, {@code 2 hours}, {@code 45 min}, {@code 1 hour 30 minutes}. Fractions of a minute round half-up.
 */
public final class DurationText {
    public static final String EXAMPLES = "1.5h, 90m, 1h30m, 1:30, 2 hours or 45 min";

    private static final String NUMBER = "(\\d{1,6}(?:[.,]\\d{1,4})?|[.,]\\d{1,4})";
    private static final Pattern UNITS = Pattern.compile(
            "(?:" + NUMBER + "\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:" + NUMBER + "\\s*(?:m|min|mins|minute|minutes))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):([0-5]\\d)");
    private static final Pattern BARE_NUMBER = Pattern.compile(NUMBER);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private DurationText() {
    }

    /**
     * Parses {@code text} into whole minutes between 1 and {@code maxMinutes}; a refusal says what was wrong.
     */
    public static Result<Integer> parseMinutes(String text, int maxMinutes) {
        if (text == null || text.isBlank()) {
            return Result.refused("No duration was given.", "Write it like " + EXAMPLES + ".");
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 40) {
            return Result.refused("That duration is too long to read.", "Write it like " + EXAMPLES + ".");
        }
        BigDecimal minutes;
        var clock = CLOCK.matcher(t);
        var units = UNITS.matcher(t);
        if (clock.matches()) {
            minutes = new BigDecimal(clock.group(1)).multiply(SIXTY).add(new BigDecimal(clock.group(2)));
        } else if (units.matches() && (units.group(1) != null || units.group(2) != null)) {
            minutes = BigDecimal.ZERO;
            if (units.group(1) != null) {
                minutes = minutes.add(number(units.group(1)).multiply(SIXTY));
            }
            if (units.group(2) != null) {
                minutes = minutes.add(number(units.group(2)));
            }
        } else if (BARE_NUMBER.matcher(t).matches()) {
            return Result.refused(Text.quote(text) + " has no unit.",
                    "Say whether it is hours or minutes: " + t + "h or " + t + "m.");
        } else {
            return Result.refused(Text.quote(text) + " is not a duration I can read.",
                    "Write it like " + EXAMPLES + ".");
        }
        long whole = minutes.setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (whole < 1) {
            return Result.refused(Text.quote(text) + " is less than one minute.",
                    "Time is kept in whole minutes; the shortest is 1m.");
        }
        if (whole > maxMinutes) {
            return Result.refused(Text.quote(text) + " is more than " + Hours.words(maxMinutes) + ".",
                    "The most is " + Hours.words(maxMinutes) + ".");
        }
        return Result.ok((int) whole);
    }

    private static BigDecimal number(String s) {
        String n = s.replace(',', '.');
        return new BigDecimal(n.startsWith(".") ? "0" + n : n);
    }
}
