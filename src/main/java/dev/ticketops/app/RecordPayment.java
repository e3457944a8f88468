package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.app.port.ZohoSyncs;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Amount;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.PaymentMethods;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketPolicy;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Staff record a payment by one of the agency's payment methods ({@code PAYMENT_METHODS}) with the client's reference
 * and the day it was paid: partial payments reduce the amount due, paid in full is PAID. With Zoho Invoice on, the
 * payment is recorded in Zoho too (through its work queue, after commit).
 */
public final class RecordPayment {
    /** Without an amount, the invoice's whole balance is paid; without a day, it was paid today. */
    public record Command(Caller caller, InvoiceNumber number, Optional<Amount> amount, PaymentMethod method, String reference,
                          Optional<LocalDate> paidOn) implements UseCaseCommand {
        public Command {
            amount = amount == null ? Optional.empty() : amount;
            paidOn = paidOn == null ? Optional.empty() : paidOn;
        }

        public Command(Caller caller, InvoiceNumber number, Optional<Amount> amount, PaymentMethod method, String reference) {
            this(caller, number, amount, method, reference, Optional.empty());
        }
    }

    public record Paid(Invoice invoice, Money amount, PaymentMethod method, LocalDate paidOn) {
    }

    private static final Hint USAGE = Hint.usage("Usage: ", Action.RECORD_PAYMENT, "");

    private final Transactions transactions;
    private final TicketAccess access;
    private final Invoices invoices;
    private final PaymentBook book;
    private final AgencyCalendar calendar;
    private final PaymentMethods methods;
    private final Optional<ZohoSyncs> zoho;

    RecordPayment(Transactions transactions, TicketAccess access, Invoices invoices, PaymentBook book, AgencyCalendar calendar,
                  PaymentMethods methods, Optional<ZohoSyncs> zoho) {
        this.transactions = transactions;
        this.access = access;
        this.invoices = invoices;
        this.book = book;
        this.calendar = calendar;
        this.methods = methods;
        this.zoho = zoho;
    }

    public Result<Paid> execute(Command c) {
        InvoiceNumber number = c.number();
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "record payments");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            Optional<PaymentMethod> method = methods.parse(c.method() == null ? null : c.method().code());
            if (method.isEmpty()) {
                return Result.refused(Text.quote(c.method() == null ? "" : c.method().code())
                        + " is not one of the agency's payment methods (" + methods.codes() + ").", USAGE);
            }
            var found = invoices.lockByNumber(number);
            if (found.isEmpty()) {
                return Result.refused("There is no invoice " + number + ".", Hint.run("See the invoices with ", Suggestion.of(Action.LIST_INVOICES), "."));
            }
            Invoice inv = found.get();
            if (!inv.balance().isPositive()) {
                return Result.refused(inv.number() + " is already paid in full.", Hint.run("See it with ", Suggestion.of(Action.SHOW_INVOICE, inv.number().toString()), "."));
            }
            LocalDate paidOn = c.paidOn().orElse(calendar.today());
            if (paidOn.isAfter(calendar.today())) {
                return Result.refused("A payment cannot be dated " + paidOn + ", after today (" + calendar.today() + ").",
                        "Give the day the money arrived, or leave the day out for today.");
            }
            if (paidOn.isBefore(inv.issueDate())) {
                return Result.refused("A payment of " + inv.number() + " cannot be dated " + paidOn + ", before the invoice was issued ("
                        + inv.issueDate() + ").", "Give the day the money arrived, or leave the day out for today.");
            }
            Money amount = c.amount().map(a -> a.in(inv.currency())).orElse(inv.balance());
            if (!amount.isPositive()) {
                return Result.refused("A payment must be more than zero.", USAGE);
            }
            if (amount.compareTo(inv.balance()) > 0) {
                return Result.refused("That is more than the balance: " + inv.number() + " has " + inv.balance().display()
                        + " left to pay, so " + amount.display() + " would overpay it.",
                        "Record at most " + inv.balance().display() + "; refund or credit the difference outside TicketOps.");
            }
            String reference = Text.isBlank(c.reference()) ? null
                    : Text.clip(dev.ticketops.domain.CredentialScanner.redact(c.reference().strip()).text(), 200);
            var booked = book.book(inv, amount, method.get(), reference, paidOn, p, null);
            zoho.ifPresent(z -> z.enqueue(ZohoSyncs.Kind.PAYMENT, inv.id(), booked.paymentId(), calendar.now()));
            return Result.ok(new Paid(booked.invoice(), amount, method.get(), paidOn));
        });
    }
}
