package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;

/** One invoice with its lines and link, for staff or the invoiced client's people. */
public final class ShowInvoice {
    public record Query(Caller caller, String number) {
    }

    public record Shown(Invoice invoice, String url, boolean overdue) {
    }

    private final Context ctx;

    public ShowInvoice(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Shown> execute(Query q) {
        var number = InvoiceNumber.parse(q.number());
        if (number.isEmpty()) {
            return Result.refused(Text.quote(q.number()) + " is not an invoice number.", Hint.usage("Usage: ", Action.SHOW_INVOICE, ""));
        }
        return ctx.tx(() -> {
            Person p = ctx.person(q.caller());
            var found = ctx.stores().invoices().byNumber(number.get())
                    .filter(i -> p.isStaff() || p.clientId() != null && p.clientId() == i.clientId());
            if (found.isEmpty()) {
                return Result.refused("There is no invoice " + number.get() + " of yours.", Hint.run("See your invoices with ", Suggestion.of(Action.LIST_INVOICES), "."));
            }
            Invoice i = found.get();
            return Result.ok(new Shown(i, IssueInvoice.link(ctx.billing(), i), i.isOverdue(ctx.today())));
        });
    }
}
