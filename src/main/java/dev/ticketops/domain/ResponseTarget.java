package dev.ticketops.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How soon the agency answers: a time ({@code 4h}, {@code 90m}) or whole business days ({@code 1 business day}),
 * counted in support hours — or, {@link #aroundTheClock}, in wall-clock time (urgent tickets).
 */
public record ResponseTarget(Duration time, int businessDays, boolean aroundTheClock) {
    private static final Pattern DAYS = Pattern.compile("(?i)\\s*(\\d{1,2})\\s*business\\s+days?\\s*");
    private static final int MAX_MINUTES = 30 * 24 * 60;

    public ResponseTarget {
        time = time == null ? Duration.ZERO : time;
        if (time.isNegative() || businessDays < 0 || (time.isZero() == (businessDays == 0))) {
            throw new IllegalArgumentException("a response target is a time or a number of business days");
        }
        if (aroundTheClock && businessDays > 0) {
            throw new IllegalArgumentException("business days are counted in support hours");
        }
    }

    /** {@code 4h}, {@code 90m}, {@code 1 business day}; empty if the text is none of these. */
    public static Optional<ResponseTarget> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DAYS.matcher(text);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return n < 1 ? Optional.empty() : Optional.of(new ResponseTarget(Duration.ZERO, n, false));
        }
        var minutes = DurationText.parseMinutes(text, MAX_MINUTES);
        return minutes instanceof Result.Ok<Integer> ok
                ? Optional.of(new ResponseTarget(Duration.ofMinutes(ok.value()), 0, false)) : Optional.empty();
    }

    /** The same time, counted around the clock. */
    public ResponseTarget roundTheClock() {
        return new ResponseTarget(time, 0, true);
    }

    /** How long the target is, in the time it is counted in. */
    public Duration length(SupportHours hours) {
        return businessDays > 0 ? hours.businessDay().multipliedBy(businessDays) : time;
    }

    /** When a ticket that arrived at {@code from} is due. */
    public Instant deadline(Instant from, SupportHours hours) {
        return aroundTheClock ? from.plus(time) : hours.plus(from, length(hours));
    }

    /** The share of the target used by {@code now} (1.0 = due). */
    public double used(Instant from, Instant now, SupportHours hours) {
        Duration spent = aroundTheClock ? (now.isAfter(from) ? Duration.between(from, now) : Duration.ZERO)
                : hours.between(from, now);
        return (double) spent.toSeconds() / Math.max(1, length(hours).toSeconds());
    }

    public String describe() {
        if (businessDays > 0) {
            return businessDays + (businessDays == 1 ? " business day" : " business days");
        }
        return Hours.words(time.toMinutes()) + (aroundTheClock ? " around the clock" : " in support hours");
    }

    @Override
    public String toString() {
        return describe().toLowerCase(Locale.ROOT);
    }
}
