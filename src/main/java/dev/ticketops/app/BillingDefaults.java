package dev.ticketops.app;

import dev.ticketops.domain.Money;
import java.util.Objects;

/** The agency's default terms: hourly rate (with its currency) and payment term. */
public record BillingDefaults(Money hourlyRate, int paymentTermDays) {
    public BillingDefaults {
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (!hourlyRate.isPositive()) {
            throw new IllegalArgumentException("the hourly rate must be above zero");
        }
        if (paymentTermDays < 0 || paymentTermDays > 365) {
            throw new IllegalArgumentException("the payment term is 0-365 days");
        }
    }
}
