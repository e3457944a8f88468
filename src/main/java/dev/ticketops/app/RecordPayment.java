package dev.ticketops.app;

import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
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

/** Staff record a payment (Wise or PayPal): partial payments reduce the balance, paid in full is PAID. */
public final class RecordPayment {
    public record Command(Caller caller, String number, String amount, String method, String reference) {
    }

    public record Paid(Invoice invoice, Money amount, PaymentMethod method) {
    }

    private static final Hint USAGE = Hint.usage("Usage: ", Action.RECORD_PAYMENT, "");

    private final Context ctx;

    public RecordPayment(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Paid> execute(Command c) {
        var number = InvoiceNumber.parse(c.number());
        if (number.isEmpty()) {
            return Result.refused(Text.quote(c.number()) + " is not an invoice number.", USAGE);
        }
        var method = PaymentMethod.parse(c.method());
        if (method.isEmpty()) {
            return Result.refused("Say how it was paid: wise or paypal.", USAGE);
        }
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "record payments");
            if (staff.isPresent()) {
                return Context.refuse(staff);
            }
            var stores = ctx.stores();
            var found = stores.invoices().lockByNumber(number.get());
            if (found.isEmpty()) {
                return Result.refused("There is no invoice " + number.get() + ".", Hint.run("See the invoices with ", Suggestion.of(Action.LIST_INVOICES), "."));
            }
            Invoice inv = found.get();
            if (!inv.balance().isPositive()) {
                return Result.refused(inv.number() + " is already paid in full.", Hint.run("See it with ", Suggestion.of(Action.SHOW_INVOICE, inv.number().toString()), "."));
            }
            Money amount;
            if (c.amount() == null || c.amount().isBlank()) {
                amount = inv.balance();
            } else {
                var parsed = Money.parse(c.amount(), inv.currency());
                if (parsed instanceof Result.Refused<Money> r) {
                    return Result.refused(r.reason(), r.hint().thenUsage(Action.RECORD_PAYMENT));
                }
                amount = parsed.orElseThrow();
            }
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
            stores.invoices().recordPayment(inv.id(), amount, method.get(), reference, p.id(), ctx.now());
            Money paid = inv.paid().plus(amount);
            boolean full = paid.compareTo(inv.total()) == 0;
            InvoiceStatus status = full ? InvoiceStatus.PAID : ctx.today().isAfter(inv.dueDate()) ? InvoiceStatus.OVERDUE : InvoiceStatus.ISSUED;
            stores.invoices().updatePaid(inv.id(), paid, status, full ? ctx.now() : null);
            Invoice updated = new Invoice(inv.id(), inv.number(), inv.clientId(), inv.clientName(), inv.issueDate(), inv.dueDate(),
                    inv.total(), paid, status, inv.accessToken(), inv.issuedAt(), inv.lines());
            stores.events().append(new TicketEvent(null, p.id(), p.displayName(), p.platform(), "PAYMENT_RECORDED",
                    inv.number() + ": " + amount.display() + " by " + method.get().label() + (reference == null ? "" : " ref " + reference),
                    ctx.now()));
            ctx.billingDestination(inv.clientId()).ifPresent(to -> stores.outbox().enqueue(to,
                    new Notice.PaymentReceived(inv.number(), amount, method.get(), updated.balance(), full), ctx.now()));
            return Result.ok(new Paid(updated, amount, method.get()));
        });
    }
}
