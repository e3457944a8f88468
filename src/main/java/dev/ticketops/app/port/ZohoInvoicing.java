package dev.ticketops.app.port;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Zoho Invoice as the use cases see it (the adapter in {@code dev.ticketops.zoho} talks HTTP, OAuth and rate limits).
 * Every call may fail with a {@link DeliveryException}: retryable (outage, 429, 5xx) or not (a refusal).
 */
public interface ZohoInvoicing {
    record Contact(String id, String name) {
    }

    record LineItem(String name, String description, BigDecimal quantity, String unit, BigDecimal rate) {
    }

    /** An invoice to create: our number as its reference, our dates and term, one item per ticket. */
    record InvoiceDraft(String customerId, String referenceNumber, LocalDate date, LocalDate dueDate, int paymentTermDays,
                        String currency, List<LineItem> lineItems, String notes) {
        public InvoiceDraft {
            lineItems = List.copyOf(lineItems);
        }
    }

    record CreatedInvoice(String id, String number, String url, BigDecimal total) {
    }

    /** A payment in Zoho: its id, the invoice it pays, amount, day, mode and reference; {@code description} as written. */
    record ZohoPayment(String paymentId, String invoiceId, BigDecimal amount, LocalDate date, String mode,
                       String reference, String description) {
    }

    record PaymentDraft(String customerId, String invoiceId, BigDecimal amount, LocalDate date, String mode,
                        String reference, String description) {
    }

    Optional<Contact> findContact(String name) throws DeliveryException;

    Contact createContact(String name, String email) throws DeliveryException;

    /** The invoice whose reference number is {@code reference}, if Zoho has one (a retry after a lost answer). */
    Optional<CreatedInvoice> findInvoice(String reference) throws DeliveryException;

    CreatedInvoice createInvoice(InvoiceDraft draft) throws DeliveryException;

    void markSent(String invoiceId) throws DeliveryException;

    List<ZohoPayment> payments(String invoiceId) throws DeliveryException;

    /** Records a payment; returns Zoho's payment id. */
    String createPayment(PaymentDraft draft) throws DeliveryException;
}
