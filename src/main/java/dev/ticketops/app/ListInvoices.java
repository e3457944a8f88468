package dev.ticketops.app;

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

    public record Query(Caller caller, ChannelRef channel, String client) {
    }

    public record Listing(Optional<Client> client, List<Invoice> invoices, Money outstanding, LocalDate today) {
    }

    private final Context ctx;

    public ListInvoices(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Listing> execute(Query q) {
        return ctx.tx(() -> {
            Person p = ctx.person(q.caller());
            var stores = ctx.stores();
            boolean everyone = p.isStaff() && (q.client() == null || q.client().isBlank())
                    && (q.channel() == null || stores.channelLinks().clientOf(q.channel()).isEmpty());
            if (everyone) {
                List<Invoice> all = stores.invoices().list(null, LIMIT);
                return Result.ok(new Listing(Optional.empty(), all,
                        BillingPolicy.balance(stores.invoices().unpaid(), ctx.billing().hourlyRate().currency()), ctx.today()));
            }
            var resolved = ctx.resolveClient(p, q.channel(), q.client());
            if (resolved instanceof Result.Refused<Client> r) {
                return r.as();
            }
            Client c = resolved.orElseThrow();
            return Result.ok(new Listing(Optional.of(c), stores.invoices().list(c.id(), LIMIT),
                    BillingPolicy.balance(stores.invoices().unpaidForClient(c.id()), ctx.terms(c.id()).rate().currency()),
                    ctx.today()));
        });
    }
}
