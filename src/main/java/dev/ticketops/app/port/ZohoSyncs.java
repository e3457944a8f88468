package dev.ticketops.app.port;

import dev.ticketops.domain.InvoiceNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What TicketOps keeps about Zoho Invoice: the work still to send (an invoice, a payment), written in the transaction
 * of the change and retried until done, and the Zoho ids of contacts, invoices and payments once known.
 */
public interface ZohoSyncs {
    enum Kind { INVOICE, PAYMENT }

    /** A piece of work to send; {@code paymentId} only for a payment. */
    record Job(long id, Kind kind, long invoiceId, InvoiceNumber number, Long paymentId, int attempts) {
    }

    /** How an invoice stands with Zoho: linked (its Zoho number and link) or waiting, with the last failure if any. */
    record Link(String zohoInvoiceId, String zohoNumber, String url) {
    }

    void enqueue(Kind kind, long invoiceId, Long paymentId, Instant now);

    /**
     * Due work, oldest first, each claimed until {@code leaseUntil} (its attempts counted) so that another instance
     * leaves it alone while this one talks to Zoho.
     */
    List<Job> claimDue(Instant now, Instant leaseUntil, int limit);

    void done(long jobId, Instant now);

    /** A failed attempt: tried again at {@code next}, or given up for good. */
    void failed(long jobId, String error, Instant next, boolean giveUp);

    Optional<String> contactOf(long clientId);

    void linkContact(long clientId, String zohoContactId);

    Optional<Link> linkOf(long invoiceId);

    void linkInvoice(long invoiceId, Link link);

    /** The invoice linked to this Zoho invoice. */
    Optional<InvoiceNumber> invoiceOfZoho(String zohoInvoiceId);

    void linkPayment(long paymentId, String zohoPaymentId);

    /** Why the invoice is not in Zoho yet: the last failure of its pending work ("" when not tried yet); empty when none pends. */
    Optional<String> waiting(long invoiceId);

    /** Unpaid invoices that are in Zoho, for polling their payments. */
    List<Link> unpaidLinked();

    /** Whether the client's invoices go through Zoho (it is a Zoho contact): then TicketOps sends it no reminders. */
    boolean clientInZoho(long clientId);
}
