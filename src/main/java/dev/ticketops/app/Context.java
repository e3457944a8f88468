package dev.ticketops.app;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Refusal;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What every use case needs: the stores, the clock, and a few shared steps. */
public final class Context {
    private final Stores stores;
    private final Clock clock;
    private final BillingDefaults billing;

    public Context(Stores stores, Clock clock, BillingDefaults billing) {
        this.stores = stores;
        this.clock = clock;
        this.billing = billing;
    }

    public Stores stores() {
        return stores;
    }

    public BillingDefaults billing() {
        return billing;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    public <T> T tx(java.util.function.Supplier<T> work) {
        return stores.transactions().inTransaction(work);
    }

    public Person person(Caller caller) {
        return stores.people().upsert(caller, now());
    }

    /** The ticket, locked for change, if the person may see it; a refusal that does not reveal it otherwise. */
    public Result<Ticket> lockVisible(Person p, TicketNumber n) {
        Optional<Ticket> t = stores.tickets().lock(n);
        if (t.isEmpty() || !TicketPolicy.canSee(p, t.get())) {
            return TicketPolicy.notFound(n).toResult();
        }
        return Result.ok(t.get());
    }

    public Result<Ticket> findVisible(Person p, TicketNumber n) {
        Optional<Ticket> t = stores.tickets().find(n);
        if (t.isEmpty() || !TicketPolicy.canSee(p, t.get())) {
            return TicketPolicy.notFound(n).toResult();
        }
        return Result.ok(t.get());
    }

    public void audit(Ticket t, Person actor, String kind, String detail) {
        stores.events().append(new TicketEvent(t == null ? null : t.number(), actor.id(), actor.displayName(),
                actor.platform(), kind, detail == null ? null : dev.ticketops.domain.Text.clip(detail, 2000), now()));
    }

    public TicketDetails details(Ticket t) {
        var client = stores.clients().byId(t.clientId()).orElseThrow();
        var requester = stores.people().byId(t.requesterId()).orElseThrow();
        var estimate = stores.estimates().current(t.number());
        var approval = estimate.flatMap(e -> stores.approvals().forEstimate(e.id()));
        List<dev.ticketops.domain.TimeEntry> entries = stores.timeEntries().forTicket(t.number());
        long total = entries.stream().mapToLong(e -> e.duration().minutes()).sum();
        var history = stores.events().forTicket(t.number()).stream()
                .sorted(Comparator.comparing(TicketEvent::occurredAt)).toList();
        return new TicketDetails(t, client, requester, estimate, approval, total, entries, history);
    }

    static <T> Result<T> refuse(Optional<Refusal> r) {
        return r.orElseThrow().toResult();
    }
}
