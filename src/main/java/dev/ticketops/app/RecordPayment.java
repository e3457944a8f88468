package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Amount;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketPolicy;
import java.util.Map;
import java.util.Optional;

/** Staff record a payment (Wise or PayPal): partial payments reduce the balance, paid in full is PAID. */
public final class RecordPayment {
    /** Without an amount, the invoice's whole balance is paid. */
    public record Command(Caller caller, InvoiceNumber number, Optional<Amount> amount, PaymentMethod method, String reference)
            implements UseCaseCommand {
        public Command {
            amount = amount == null ? Optional.empty() : amount;
        }
    }

    public record Paid(Invoice invoice, Money amount, PaymentMethod method) {
    }

    private static final Hint USAGE = Hint.usage("Usage: ", Action.RECORD_PAYMENT, "");

    private final Transactions transactions;
    private final TicketAccess access;
    private final Invoices invoices;
    private final TicketEvents events;
    private final BillingDestinations destinations;
    private final Outbox outbox;
    private final AgencyCalendar calendar;

    public RecordPayment(Transactions transactions, TicketAccess access, Invoices invoices, TicketEvents events,
                         BillingDestinations destinations, Outbox outbox, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.invoices = invoices;
        this.events = events;
        this.destinations = destinations;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Result<Paid> execute(Command c) {
        InvoiceNumber number = c.number();
        PaymentMethod method = c.method();
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "record payments");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            var found = invoices.lockByNumber(number);
            if (found.isEmpty()) {
                return Result.refused("There is no invoice " + number + ".", Hint.run("See the invoices with ", Suggestion.of(Action.LIST_INVOICES), "."));
            }
            Invoice inv = found.get();
            if (!inv.balance().isPositive()) {
                return Result.refused(inv.number() + " is already paid in full.", Hint.run("See it with ", Suggestion.of(Action.SHOW_INVOICE, inv.number().toString()), "."));
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
            invoices.recordPayment(inv.id(), amount, method, reference, p.id(), calendar.now());
            Money paid = inv.paid().plus(amount);
            boolean full = paid.compareTo(inv.total()) == 0;
            InvoiceStatus status = full ? InvoiceStatus.PAID : calendar.today().isAfter(inv.dueDate()) ? InvoiceStatus.OVERDUE : InvoiceStatus.ISSUED;
            invoices.updatePaid(inv.id(), paid, status, full ? calendar.now() : null);
            Invoice updated = new Invoice(inv.id(), inv.number(), inv.clientId(), inv.clientName(), inv.issueDate(), inv.dueDate(),
                    inv.total(), paid, status, inv.accessToken(), inv.issuedAt(), inv.lines());
            events.append(new TicketEvent(null, p.id(), p.displayName(), p.platform(), "PAYMENT_RECORDED",
                    inv.number() + ": " + amount.display() + " by " + method.label() + (reference == null ? "" : " ref " + reference),
                    calendar.now()));
            destinations.of(inv.clientId()).ifPresent(to -> outbox.enqueue(to,
                    new Notice.PaymentReceived(inv.number(), amount, method, updated.balance(), full), calendar.now()));
            return Result.ok(new Paid(updated, amount, method));
        });
    }
}
