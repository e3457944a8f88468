package dev.ticketops.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment against an invoice: how much, by which method, the client's reference, the day it was paid, and — when it
 * came from or went to Zoho Invoice — Zoho's id for it (null until then).
 */
public record Payment(long id, long invoiceId, Money amount, PaymentMethod method, String reference, LocalDate paidOn,
                      String zohoPaymentId) {
    public Payment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paidOn, "paidOn");
    }
}
