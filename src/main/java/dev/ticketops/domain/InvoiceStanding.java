package dev.ticketops.domain;

/** What a client reads as an invoice's status: Sent, Partially paid, Paid or Overdue (never the stored ISSUED). */
public enum InvoiceStanding {
    SENT("Sent"), PARTIALLY_PAID("Partially paid"), PAID("Paid"), OVERDUE("Overdue");

    private final String words;

    InvoiceStanding(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Zoho Invoice's own status word for the import: sent, partially_paid, paid, overdue. */
    public String zohoWord() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static InvoiceStanding of(Invoice i, java.time.LocalDate today) {
        if (!i.balance().isPositive()) {
            return PAID;
        }
        if (i.isOverdue(today)) {
            return OVERDUE;
        }
        return i.paid().isPositive() ? PARTIALLY_PAID : SENT;
    }
}
