package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.TicketEvent;
import java.time.LocalDate;

/**
 * Books a payment on a locked invoice, whoever recorded it (staff in chat, or Zoho Invoice): the payment with its
 * method, reference and day, the invoice's paid amount and status (paid in full is PAID, which lifts the overdue pause
 * at once), the audit line and the client's notice — all in the caller's transaction.
 */
final class PaymentBook {
    record Booked(Invoice invoice, long paymentId, boolean full) {
    }

    private final Invoices invoices;
    private final TicketEvents events;
    private final BillingDestinations destinations;
    private final Outbox outbox;
    private final AgencyCalendar calendar;

    PaymentBook(Invoices invoices, TicketEvents events, BillingDestinations destinations, Outbox outbox,
                AgencyCalendar calendar) {
        this.invoices = invoices;
        this.events = events;
        this.destinations = destinations;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    /** {@code by} null: recorded in Zoho Invoice ({@code zohoPaymentId} set); {@code amount} at most the balance. */
    Booked book(Invoice inv, Money amount, PaymentMethod method, String reference, LocalDate paidOn, Person by,
                String zohoPaymentId) {
        long id = invoices.recordPayment(new Invoices.NewPayment(inv.id(), amount, method, reference, paidOn,
                by == null ? null : by.id(), calendar.now(), zohoPaymentId));
        Money paid = inv.paid().plus(amount);
        boolean full = paid.compareTo(inv.total()) == 0;
        InvoiceStatus status = full ? InvoiceStatus.PAID
                : calendar.today().isAfter(inv.dueDate()) ? InvoiceStatus.OVERDUE : InvoiceStatus.ISSUED;
        invoices.updatePaid(inv.id(), paid, status, full ? calendar.now() : null);
        Invoice updated = inv.withPaid(paid, status);
        if (by != null) {
            events.append(new TicketEvent(null, by.id(), by.displayName(), by.platform(), "PAYMENT_RECORDED",
                    inv.number() + ": " + amount.display() + " by " + method.label() + " on " + paidOn
                            + (reference == null ? "" : " ref " + reference), calendar.now()));
        }
        destinations.of(inv.clientId()).ifPresent(to -> outbox.enqueue(to,
                new Notice.PaymentReceived(inv.number(), amount, method, updated.balance(), full), calendar.now()));
        return new Booked(updated, id, full);
    }
}
