package dev.ticketops.app.port;

import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface Invoices {
    /** The next number for the year, gapless because it is taken inside the issuing transaction. */
    InvoiceNumber nextNumber(int year);

    long insert(Invoice invoice, long issuedBy);

    void insertLine(long invoiceId, InvoiceLine line);

    /** Closed, billable, not yet invoiced tickets of the client, oldest first. */
    List<BillableTicket> billableTickets(long clientId);

    Optional<Invoice> byNumber(InvoiceNumber number);

    /** The invoice with its lines, locked until the transaction ends. */
    Optional<Invoice> lockByNumber(InvoiceNumber number);

    /** The client's invoices with a balance (issued or overdue), oldest due first. */
    List<Invoice> unpaidForClient(long clientId);

    /** The client's oldest invoice unpaid after its due date (before {@code today}), if any. */
    Optional<Invoice> oldestOverdue(long clientId, LocalDate today);

    /** The invoice that billed the ticket, if one did. */
    Optional<dev.ticketops.domain.InvoiceNumber> invoiceOf(dev.ticketops.domain.TicketNumber ticket);

    /** Every invoice with a balance. */
    List<Invoice> unpaid();

    /** Invoices issued in [from, to), oldest first; {@code clientId} null for all clients. */
    List<Invoice> issuedBetween(Instant from, Instant to, Long clientId);

    /** Newest first; {@code clientId} null for all clients. */
    List<Invoice> list(Long clientId, int limit);

    /**
     * Records a payment and returns its id. {@code recordedBy} is null for a payment recorded in Zoho Invoice, which
     * carries its {@code zohoPaymentId} (one payment per Zoho id).
     */
    long recordPayment(NewPayment payment);

    /** The invoice's payments, oldest first. */
    List<dev.ticketops.domain.Payment> payments(long invoiceId);

    /** Whether a payment with this Zoho id is recorded already. */
    boolean knowsZohoPayment(String zohoPaymentId);

    record NewPayment(long invoiceId, Money amount, PaymentMethod method, String reference, LocalDate paidOn,
                      Long recordedBy, Instant at, String zohoPaymentId) {
    }

    void updatePaid(long invoiceId, Money paid, InvoiceStatus status, Instant paidAt);

    /** Marks unpaid invoices past their due date OVERDUE; returns how many changed. */
    int markOverdue(LocalDate today);

    /** Records a reminder; false when one was already recorded for that invoice and day. */
    boolean recordReminder(long invoiceId, LocalDate day, String kind, Instant at);

    List<InvoiceExportRow> export(LocalDate from, LocalDate to);

    List<TimeExportRow> exportTime(Instant from, Instant to);

    record InvoiceExportRow(Invoice invoice, InvoiceLine line, String billingContact, int paymentTermDays) {
    }

    record TimeExportRow(long entryId, Instant loggedAt, long ticket, String title, String client, String person,
                         int minutes, String note, boolean billable, String invoiceNumber) {
    }
}
