package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;

/** One invoice with its lines and link, for staff or the invoiced client's people. */
public final class ShowInvoice {
    public record Query(Caller caller, InvoiceNumber number) implements UseCaseCommand {
    }

    public record Shown(Invoice invoice, String url, boolean overdue) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Invoices invoices;
    private final AgencyCalendar calendar;
    private final BillingDefaults billing;

    public ShowInvoice(Transactions transactions, TicketAccess access, Invoices invoices, AgencyCalendar calendar,
                       BillingDefaults billing) {
        this.transactions = transactions;
        this.access = access;
        this.invoices = invoices;
        this.calendar = calendar;
        this.billing = billing;
    }

    public Result<Shown> execute(Query q) {
        InvoiceNumber number = q.number();
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            var found = invoices.byNumber(number)
                    .filter(i -> p.isStaff() || p.clientId() != null && p.clientId() == i.clientId());
            if (found.isEmpty()) {
                return Result.refused("There is no invoice " + number + " of yours.", Hint.run("See your invoices with ", Suggestion.of(Action.LIST_INVOICES), "."));
            }
            Invoice i = found.get();
            return Result.ok(new Shown(i, IssueInvoice.link(billing, i), i.isOverdue(calendar.today())));
        });
    }
}
