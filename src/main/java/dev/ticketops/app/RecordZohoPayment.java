package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.app.port.ZohoInvoicing.ZohoPayment;
import dev.ticketops.app.port.ZohoSyncs;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment recorded in Zoho Invoice, seen by the webhook or the polling job, is recorded here once: a Zoho payment id
 * already known, or one TicketOps itself sent to Zoho (its description names our payment), changes nothing. A full
 * payment marks the invoice paid, which lifts the overdue pause at once.
 */
public final class RecordZohoPayment {
    /** {@code RECORDED}: booked now; {@code KNOWN}: seen before (by the other path, or sent from here). */
    public enum Outcome { RECORDED, KNOWN }

    /** Written into the description of payments TicketOps records in Zoho, so that they are recognised when they come back. */
    static final String MARKER = "TicketOps payment P";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(MARKER) + "(\\d+)");

    private final Transactions transactions;
    private final Invoices invoices;
    private final ZohoSyncs syncs;
    private final PaymentBook book;
    private final AgencyCalendar calendar;

    RecordZohoPayment(Transactions transactions, Invoices invoices, ZohoSyncs syncs, PaymentBook book, AgencyCalendar calendar) {
        this.calendar = calendar;
        this.transactions = transactions;
        this.invoices = invoices;
        this.syncs = syncs;
        this.book = book;
    }

    public Result<Outcome> execute(ZohoPayment z) {
        if (z.paymentId() == null || z.paymentId().isBlank() || z.invoiceId() == null || z.amount() == null || z.amount().signum() <= 0) {
            return Result.refused("A Zoho payment needs its payment id, the invoice it pays and an amount above zero.",
                    "Check the webhook's payload: it sends the payment with its invoices.");
        }
        return transactions.inTransaction(() -> {
            if (invoices.knowsZohoPayment(z.paymentId())) {
                return Result.ok(Outcome.KNOWN);
            }
            var number = syncs.invoiceOfZoho(z.invoiceId());
            if (number.isEmpty()) {
                return Result.refused("Zoho invoice " + Text.quote(z.invoiceId()) + " is not one TicketOps issued.",
                        "Record payments of invoices made in Zoho alone in Zoho.");
            }
            Invoice inv = invoices.lockByNumber(number.get()).orElseThrow();
            Optional<Long> ours = ourPayment(z.description());
            if (ours.isPresent() && invoices.payments(inv.id()).stream().anyMatch(p -> p.id() == ours.get())) {
                syncs.linkPayment(ours.get(), z.paymentId());
                return Result.ok(Outcome.KNOWN);
            }
            Money amount = new Money(z.amount(), inv.currency());
            if (amount.compareTo(inv.balance()) > 0) {
                return Result.refused("Zoho's payment " + z.paymentId() + " of " + amount.display() + " is more than the "
                        + inv.balance().display() + " left on " + inv.number() + ".",
                        "Correct the payment in Zoho Invoice, or record the difference by hand.");
            }
            book.book(inv, amount, method(z.mode()), Text.isBlank(z.reference()) ? null : Text.clip(z.reference().strip(), 200),
                    z.date() == null ? calendar.today() : z.date(), null, z.paymentId());
            return Result.ok(Outcome.RECORDED);
        });
    }

    static Optional<Long> ourPayment(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = OURS.matcher(description);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Zoho's payment mode ("Bank Transfer", "PayPal") as a method: bank, paypal …; "zoho" when it names none. */
    static PaymentMethod method(String mode) {
        if (mode == null || mode.isBlank()) {
            return PaymentMethod.of("zoho");
        }
        String m = mode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (m.startsWith("bank") || m.equals("banktransfer")) {
            return PaymentMethod.of("bank");
        }
        if (m.isEmpty() || !Character.isLetter(m.charAt(0))) {
            return PaymentMethod.of("zoho");
        }
        return PaymentMethod.of(m.length() > 32 ? m.substring(0, 32) : m);
    }
}
