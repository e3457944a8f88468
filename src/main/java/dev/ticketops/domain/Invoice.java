package dev.ticketops.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A ticket-based invoice in the client's currency, due {@code term} days after issue. Its total is the lines' sum plus
 * the tax line, when the agency charges one.
 */
public record Invoice(long id, InvoiceNumber number, long clientId, String clientName, LocalDate issueDate, LocalDate dueDate,
                      Money total, Money paid, InvoiceStatus status, String accessToken, Instant issuedAt,
                      List<InvoiceLine> lines, Tax tax) {
    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        lines = lines == null ? List.of() : List.copyOf(lines);
        tax = tax == null ? Tax.none(total.currency()) : tax;
    }

    /** Without tax. */
    public Invoice(long id, InvoiceNumber number, long clientId, String clientName, LocalDate issueDate, LocalDate dueDate,
                   Money total, Money paid, InvoiceStatus status, String accessToken, Instant issuedAt, List<InvoiceLine> lines) {
        this(id, number, clientId, clientName, issueDate, dueDate, total, paid, status, accessToken, issuedAt, lines, null);
    }

    /** What is left to pay: the amount due. */
    public Money balance() {
        return total.minus(paid);
    }

    /** The lines' sum, before tax. */
    public Money subtotal() {
        return total.minus(tax.amount());
    }

    /** Unpaid after its due date, whatever the stored status says (the overdue job may not have run yet). */
    public boolean isOverdue(LocalDate today) {
        return balance().isPositive() && today.isAfter(dueDate);
    }

    /** The status a client reads: Sent, Partially paid, Paid, Overdue. */
    public InvoiceStanding standing(LocalDate today) {
        return InvoiceStanding.of(this, today);
    }

    /** The invoice's own payment term: days from issue to due date (not the client's current term). */
    public int termDays() {
        return (int) issueDate.until(dueDate, java.time.temporal.ChronoUnit.DAYS);
    }

    /** The one form every line of this invoice is written in. */
    public LineForm lineForm() {
        return LineForm.of(lines);
    }

    /** Each line as the agency writes it, all in the invoice's form. */
    public List<String> lineTexts() {
        LineForm form = lineForm();
        return lines.stream().map(l -> l.text(form)).toList();
    }

    public String currency() {
        return total.currency();
    }

    public Invoice withLines(List<InvoiceLine> l) {
        return new Invoice(id, number, clientId, clientName, issueDate, dueDate, total, paid, status, accessToken, issuedAt, l, tax);
    }

    public Invoice withPaid(Money p, InvoiceStatus s) {
        return new Invoice(id, number, clientId, clientName, issueDate, dueDate, total, p, s, accessToken, issuedAt, lines, tax);
    }

    public Invoice withTax(Tax t) {
        return new Invoice(id, number, clientId, clientName, issueDate, dueDate, total, paid, status, accessToken, issuedAt, lines, t);
    }
}
