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

    /**
     * {@code zoho}: with Zoho Invoice on, whether the invoice is there ("in Zoho as …") or waiting, and why; empty with
     * Zoho off. {@code howToPay}: the agency's payment instructions.
     */
    public record Shown(Invoice invoice, String url, boolean overdue, java.time.LocalDate today,
                        java.util.Optional<ZohoState> zoho, String howToPay, java.util.List<dev.ticketops.domain.Payment> payments) {
        public Shown(Invoice invoice, String url, boolean overdue) {
            this(invoice, url, overdue, java.time.LocalDate.now(java.time.ZoneOffset.UTC), java.util.Optional.empty(),
                    BillingDefaults.Invoicing.DEFAULT_INSTRUCTIONS, java.util.List.of());
        }
    }

    /** In Zoho as {@code number} (with its link), or waiting to sync ({@code waiting}: the last failure, "" if none yet). */
    public record ZohoState(String number, String url, String waiting) {
        public boolean synced() {
            return number != null;
        }
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Invoices invoices;
    private final AgencyCalendar calendar;
    private final BillingDefaults billing;
    private final java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho;

    public ShowInvoice(Transactions transactions, TicketAccess access, Invoices invoices, AgencyCalendar calendar,
                       BillingDefaults billing) {
        this(transactions, access, invoices, calendar, billing, java.util.Optional.empty());
    }

    public ShowInvoice(Transactions transactions, TicketAccess access, Invoices invoices, AgencyCalendar calendar,
                       BillingDefaults billing, java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho) {
        this.zoho = zoho;
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
            var state = zoho.map(z -> z.linkOf(i.id()).map(l -> new ZohoState(l.zohoNumber(), l.url(), null))
                    .orElseGet(() -> new ZohoState(null, null, z.waiting(i.id()).orElse("not sent to Zoho (issued before Zoho Invoice was on)"))));
            return Result.ok(new Shown(i, IssueInvoice.link(billing, i), i.isOverdue(calendar.today()), calendar.today(), state,
                    billing.invoicing().paymentInstructions(), invoices.payments(i.id())));
        });
    }
}
