package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.ClientTerms;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The invoice behind a document link: found only with its own unguessable token, compared in constant time, so a
 * wrong or missing token looks exactly like an unknown invoice.
 */
public final class ReadInvoiceDocument {
    /** {@code today}: the agency's date the document is read on (its status words depend on it). */
    public record Document(Invoice invoice, ClientTerms terms, boolean overdue, java.time.LocalDate today,
                           java.util.List<dev.ticketops.domain.Payment> payments) {
        public Document {
            payments = payments == null ? java.util.List.of() : java.util.List.copyOf(payments);
        }
    }

    private final Transactions transactions;
    private final Invoices invoices;
    private final EffectiveTerms terms;
    private final AgencyCalendar calendar;

    public ReadInvoiceDocument(Transactions transactions, Invoices invoices, EffectiveTerms terms, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.terms = terms;
        this.calendar = calendar;
    }

    public Optional<Document> execute(InvoiceNumber number, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> invoices.byNumber(number)
                .filter(i -> MessageDigest.isEqual(i.accessToken().getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII)))
                .map(i -> new Document(i, terms.of(i.clientId()), i.isOverdue(calendar.today()), calendar.today(),
                        invoices.payments(i.id()))));
    }
}
