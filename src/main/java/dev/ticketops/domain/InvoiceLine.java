package dev.ticketops.domain;

import java.util.Objects;

/**
 * One ticket on an invoice. Only actual time is billed, and no more than the client approved: minutes beyond the
 * approved maximum are shown as "over estimate, not approved" and not charged.
 */
public record InvoiceLine(int position, TicketNumber ticket, String title, int billedMinutes, int unapprovedMinutes,
                          Money rate, Money amount) {
    public InvoiceLine {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amount, "amount");
        if (billedMinutes < 0 || unapprovedMinutes < 0) {
            throw new IllegalArgumentException("minutes cannot be negative");
        }
    }

    /**
     * Prices a ticket: minutes × rate / 60, rounded half-up to the cent, for the actual minutes up to the approved
     * maximum ({@code approvedMaxMinutes} &lt; 0 means no cap, as for time approved in full).
     */
    public static InvoiceLine price(int position, TicketNumber ticket, String title, long actualMinutes,
                                    long approvedMaxMinutes, Money rate) {
        long billed = approvedMaxMinutes < 0 ? actualMinutes : Math.min(actualMinutes, approvedMaxMinutes);
        long unapproved = actualMinutes - billed;
        return new InvoiceLine(position, ticket, title, (int) billed, (int) unapproved, rate, rate.forMinutes(billed));
    }

    /** {@code Ticket #152 – Checkout bug fix    2.0 hours x $12/hr = $24.00}, as the agency writes it. */
    public String text() {
        return "Ticket " + ticket + " – " + title + "    " + Hours.decimal(billedMinutes) + " hours x " + rate.displayShort()
                + "/hr = " + amount.display()
                + (unapprovedMinutes > 0 ? "  (+" + Hours.decimal(unapprovedMinutes) + " hours over estimate, not approved)" : "");
    }
}
