package dev.ticketops.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The tax or VAT line of an invoice ({@code TAX_RATE} percent, named {@code TAX_LABEL}); off by default, when it is
 * a rate of zero and adds nothing.
 */
public record Tax(String label, BigDecimal ratePercent, Money amount) {
    public Tax {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(amount, "amount");
        if (ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a tax rate is 0-100 percent");
        }
    }

    public static Tax none(String currency) {
        return new Tax("Tax", BigDecimal.ZERO, Money.zero(currency));
    }

    /** {@code ratePercent} of {@code subtotal}, rounded half-up to the cent. */
    public static Tax on(Money subtotal, String label, BigDecimal ratePercent) {
        BigDecimal v = subtotal.amount().multiply(ratePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new Tax(label, ratePercent, new Money(v, subtotal.currency()));
    }

    public boolean applies() {
        return ratePercent.signum() > 0;
    }

    /** {@code VAT 20%}. */
    public String describe() {
        return label + " " + ratePercent.stripTrailingZeros().toPlainString() + "%";
    }
}
