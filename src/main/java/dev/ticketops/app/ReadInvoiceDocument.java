package dev.ticketops.app;

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
    public record Document(Invoice invoice, ClientTerms terms, boolean overdue) {
    }

    private final Context ctx;

    public ReadInvoiceDocument(Context ctx) {
        this.ctx = ctx;
    }

    public Optional<Document> execute(String number, String token) {
        var n = InvoiceNumber.parse(number);
        if (n.isEmpty() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        return ctx.tx(() -> ctx.stores().invoices().byNumber(n.get())
                .filter(i -> MessageDigest.isEqual(i.accessToken().getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII)))
                .map(i -> new Document(i, ctx.terms(i.clientId()), i.isOverdue(ctx.today()))));
    }
}
