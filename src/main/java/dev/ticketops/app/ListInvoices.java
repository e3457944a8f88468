package dev.ticketops.app;

import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Invoices and the outstanding balance: of one client, or (staff, with no client named) of everyone. */
public final class ListInvoices {
    public static final int LIMIT = 30;

    public record Query(Caller caller, ChannelRef channel, String client) implements UseCaseCommand {
    }

    public record Listing(Optional<Client> client, List<Invoice> invoices, Money outstanding, LocalDate today) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final ChannelLinks channelLinks;
    private final Invoices invoices;
    private final ClientDirectory directory;
    private final EffectiveTerms terms;
    private final AgencyCalendar calendar;

    public ListInvoices(Transactions transactions, TicketAccess access, ChannelLinks channelLinks, Invoices invoices,
                        ClientDirectory directory, EffectiveTerms terms, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.channelLinks = channelLinks;
        this.invoices = invoices;
        this.directory = directory;
        this.terms = terms;
        this.calendar = calendar;
    }

    public Result<Listing> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            boolean everyone = p.isStaff() && (q.client() == null || q.client().isBlank())
                    && (q.channel() == null || channelLinks.clientOf(q.channel()).isEmpty());
            if (everyone) {
                List<Invoice> all = invoices.list(null, LIMIT);
                return Result.ok(new Listing(Optional.empty(), all,
                        BillingPolicy.balance(invoices.unpaid(), terms.agencyCurrency()), calendar.today()));
            }
            var resolved = directory.resolve(p, q.channel(), q.client());
            if (resolved instanceof Result.Refused<Client> r) {
                return r.as();
            }
            Client c = resolved.orElseThrow();
            return Result.ok(new Listing(Optional.of(c), invoices.list(c.id(), LIMIT),
                    BillingPolicy.balance(invoices.unpaidForClient(c.id()), terms.of(c.id()).rate().currency()),
                    calendar.today()));
        });
    }
}
