package dev.ticketops.domain;

import java.math.BigDecimal;
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

    /**
     * Whether the minutes at this rate cost a whole number of cents (always so at $12/hr, whose minute is 20 cents): then
     * the shown time × the shown rate is the shown amount exactly. Otherwise no amount in cents can be exact, and the line
     * says it is rounded ({@code ≈}).
     */
    public boolean exact() {
        BigDecimal cents = rate.amount().movePointRight(2).multiply(BigDecimal.valueOf(billedMinutes));
        return cents.remainder(BigDecimal.valueOf(60)).signum() == 0;
    }

    /** The time billed, written in {@code form}. */
    public String quantity(LineForm form) {
        return form.quantity(billedMinutes);
    }

    /** {@code 2.0 hours x $12/hr = $24}: time × rate = amount, the agency's form. */
    public String arithmetic(LineForm form) {
        String amountShown = form == LineForm.HOURS_MINUTES ? amount.display() : amount.displayShort();
        return quantity(form) + " x " + rate.displayShort() + "/hr " + (exact() ? "= " + amountShown : "≈ " + amount.display()
                + " (rounded to the cent)");
    }

    /** A quantity, its unit and a unit price whose product is the line's amount exactly, for Zoho and its CSV import. */
    public record UnitPricing(BigDecimal quantity, String unit, BigDecimal price) {
    }

    /**
     * Hours × the hourly rate when the hours are exact to the hundredth and the price exact to the cent (Zoho keeps two
     * decimals of quantity), else one unit (the ticket) at the line's amount; either way quantity × price = amount.
     */
    public UnitPricing unitPricing() {
        if (exact() && billedMinutes % 3 == 0) {
            return new UnitPricing(LineForm.hours(billedMinutes), "hrs", rate.amount());
        }
        return new UnitPricing(BigDecimal.ONE.setScale(2), "ticket", amount.amount());
    }

    /** {@code Ticket #152 – Checkout bug fix}. */
    public String item() {
        return "Ticket " + ticket + " – " + title;
    }

    /** Time beyond the approved maximum, not charged; empty when there is none. */
    public String unapprovedNote() {
        return unapprovedMinutes > 0 ? "+" + LineForm.hoursAndMinutes(unapprovedMinutes) + " over estimate, not approved, not billed" : "";
    }

    /** {@code Ticket #152 – Checkout bug fix  2.0 hours x $12/hr = $24}, as the agency writes it. */
    public String text(LineForm form) {
        return item() + "  " + arithmetic(form) + (unapprovedMinutes > 0 ? "  (" + unapprovedNote() + ")" : "");
    }

    /** The line alone, in the form its own minutes allow. */
    public String text() {
        return text(LineForm.of(java.util.List.of(this)));
    }
}
