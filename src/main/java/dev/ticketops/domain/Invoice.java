package dev.ticketops.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A ticket-based invoice in the client's currency, due {@code term} days after issue. */
public record Invoice(long id, InvoiceNumber number, long clientId, String clientName, LocalDate issueDate, LocalDate dueDate,
                      Money total, Money paid, InvoiceStatus status, String accessToken, Instant issuedAt,
                      List<InvoiceLine> lines) {
    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public Money balance() {
        return total.minus(paid);
    }

    /** Unpaid after its due date, whatever the stored status says (the overdue job may not have run yet). */
    public boolean isOverdue(LocalDate today) {
        return balance().isPositive() && today.isAfter(dueDate);
    }

    public String currency() {
        return total.currency();
    }

    public Invoice withLines(List<InvoiceLine> l) {
        return new Invoice(id, number, clientId, clientName, issueDate, dueDate, total, paid, status, accessToken, issuedAt, l);
    }
}
