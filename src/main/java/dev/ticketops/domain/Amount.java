package dev.ticketops.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount a person typed, before it is known in which currency it counts: a payment is in its invoice's currency,
 * a new rate in the agency's. Non-negative, scale 2; {@link #in} makes it {@link Money}.
 */
public record Amount(BigDecimal value) {
    private static final Pattern FORM = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");

    public Amount {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an amount is not negative");
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reads a non-negative amount with at most two decimals, like {@code 12}, {@code 12.5}, {@code $12.50}. */
    public static Result<Amount> parse(String text) {
        String t = text == null ? "" : text.strip().replace("$", "");
        if (!FORM.matcher(t).matches()) {
            return Result.refused(Text.quote(text) + " is not an amount.",
                    "Write it like 12 or 12.50 (at most two decimals).");
        }
        return Result.ok(new Amount(new BigDecimal(t)));
    }

    public Money in(String currency) {
        return new Money(value, currency);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
