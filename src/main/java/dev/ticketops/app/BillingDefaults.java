package dev.ticketops.app;

import dev.ticketops.domain.Money;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The agency's defaults and billing settings: hourly rate (with its currency), payment term, the time zone whose
 * calendar dates invoices and reminders use, how often overdue reminders repeat, and the public base URL that
 * invoice links point to.
 */
public record BillingDefaults(Money hourlyRate, int paymentTermDays, ZoneId zone, int reminderEveryDays, String publicUrl) {
    public BillingDefaults {
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Objects.requireNonNull(zone, "zone");
        if (!hourlyRate.isPositive()) {
            throw new IllegalArgumentException("the hourly rate must be above zero");
        }
        if (paymentTermDays < 0 || paymentTermDays > 365) {
            throw new IllegalArgumentException("the payment term is 0-365 days");
        }
        if (reminderEveryDays < 1) {
            throw new IllegalArgumentException("reminders repeat every 1 day or more");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public BillingDefaults(Money hourlyRate, int paymentTermDays) {
        this(hourlyRate, paymentTermDays, ZoneId.of("UTC"), 3, "http://localhost:8080");
    }
}
