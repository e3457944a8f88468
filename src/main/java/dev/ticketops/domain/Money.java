package dev.ticketops.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount of money: a {@link BigDecimal} with scale 2 and an ISO currency code. Never a double. */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be a three-letter ISO code, like USD");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money usd(String amount) {
        return of(amount, "USD");
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Reads a non-negative amount with at most two decimals, like {@code 12}, {@code 12.5}, {@code 12.50}. */
    public static Result<Money> parse(String text, String currency) {
        return Amount.parse(text).map(a -> a.in(currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** The price of {@code minutes} at this hourly rate: minutes × rate / 60, rounded half-up to the cent. */
    public Money forMinutes(long minutes) {
        BigDecimal v = amount.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return new Money(v, currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }

    private String symbol() {
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency + " ";
        };
    }

    /** Always two decimals: {@code $24.00}. */
    public String display() {
        return symbol() + amount.toPlainString();
    }

    /** Whole amounts without decimals, as a rate is usually written: {@code $12}, {@code $12.50}. */
    public String displayShort() {
        BigDecimal s = amount.stripTrailingZeros();
        return symbol() + (s.scale() <= 0 ? s.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString());
    }

    @Override
    public int compareTo(Money o) {
        requireSameCurrency(o);
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return display();
    }
}
