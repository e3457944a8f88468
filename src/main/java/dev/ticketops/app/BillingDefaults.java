package dev.ticketops.app;

import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethods;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The agency's defaults and billing settings: hourly rate (with its currency), payment term, the time zone whose
 * calendar dates invoices and reminders use, how often overdue reminders repeat, and the public base URL that
 * invoice links point to.
 */
public record BillingDefaults(Money hourlyRate, int paymentTermDays, ZoneId zone, int reminderEveryDays, String publicUrl,
                              Invoicing invoicing) {
    /**
     * How invoices read and are paid: the payment methods staff record ({@code PAYMENT_METHODS}), the instructions every
     * invoice, post and reminder carries ({@code PAYMENT_INSTRUCTIONS}), the optional tax line ({@code TAX_RATE} percent,
     * zero for none, named {@code TAX_LABEL}), and whether Zoho Invoice sends the invoices and reminders.
     */
    public record Invoicing(PaymentMethods methods, String paymentInstructions, BigDecimal taxRate, String taxLabel,
                            boolean zoho) {
        public static final String DEFAULT_INSTRUCTIONS =
                "Pay by Wise (USD ACH transfer) — our primary method. PayPal is available on request.";

        public Invoicing {
            Objects.requireNonNull(methods, "methods");
            Objects.requireNonNull(taxRate, "taxRate");
            paymentInstructions = paymentInstructions == null || paymentInstructions.isBlank() ? DEFAULT_INSTRUCTIONS
                    : paymentInstructions.strip();
            taxLabel = taxLabel == null || taxLabel.isBlank() ? "Tax" : taxLabel.strip();
        }

        public static Invoicing defaults() {
            return new Invoicing(PaymentMethods.DEFAULT, DEFAULT_INSTRUCTIONS, BigDecimal.ZERO, "Tax", false);
        }
    }

    public BillingDefaults(Money hourlyRate, int paymentTermDays, ZoneId zone, int reminderEveryDays, String publicUrl) {
        this(hourlyRate, paymentTermDays, zone, reminderEveryDays, publicUrl, Invoicing.defaults());
    }

    public BillingDefaults {
        invoicing = invoicing == null ? Invoicing.defaults() : invoicing;
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
