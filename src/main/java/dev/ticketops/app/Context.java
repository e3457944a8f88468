package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Refusal;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
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

    /** Today's date in the agency's time zone: invoice dates, due dates and reminders use it. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), billing.zone());
    }

    /** The client's effective terms: its own where set, else the agency's defaults. */
    public dev.ticketops.domain.ClientTerms terms(long clientId) {
        var t = stores.clients().terms(clientId);
        var rate = t.hourlyRate() == null ? billing.hourlyRate()
                : new dev.ticketops.domain.Money(t.hourlyRate(), t.currency() == null ? billing.hourlyRate().currency() : t.currency());
        return new dev.ticketops.domain.ClientTerms(rate, t.paymentTermDays() == null ? billing.paymentTermDays() : t.paymentTermDays(),
                Optional.ofNullable(t.billingContact()), Optional.ofNullable(t.billingChannel()));
    }

    public <T> T tx(java.util.function.Supplier<T> work) {
        return stores.transactions().inTransaction(work);
    }

    /** A transaction that waits for the database about {@code patience} at most (see Transactions). */
    public <T> T tx(java.time.Duration patience, java.util.function.Supplier<T> work) {
        return patience == null ? tx(work) : stores.transactions().inTransaction(patience, work);
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

    /**
     * The client a billing command is about: {@code ref} is a client's name or {@code id:<n>}; without it, the client
     * this channel is linked to, or the asker's own client. Client people only ever get their own client.
     */
    public Result<dev.ticketops.domain.Client> resolveClient(Person p, dev.ticketops.domain.ChannelRef channel, String ref) {
        var clients = stores.clients();
        if (!p.isStaff()) {
            if (p.clientId() == null) {
                return Result.refused("You have no invoices yet.", Hint.run("Invoices follow closed tickets; open one with ", Suggestion.of(Action.OPEN_TICKET), "."));
            }
            return Result.ok(clients.byId(p.clientId()).orElseThrow());
        }
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            Optional<Long> linked = channel == null ? Optional.empty() : stores.channelLinks().clientOf(channel);
            if (linked.isPresent()) {
                return Result.ok(clients.byId(linked.get()).orElseThrow());
            }
            return Result.refused("Which client? This channel is not linked to one.",
                    Hint.run("Name the client, e.g. ", Suggestion.of(Action.ISSUE_INVOICE, "Acme Corp"),
                            ", or use it in the client's linked channel."));
        }
        var id = java.util.regex.Pattern.compile("(?i)id:(\\d{1,15})").matcher(r);
        if (id.matches()) {
            return clients.byId(Long.parseLong(id.group(1))).<Result<dev.ticketops.domain.Client>>map(Result::ok)
                    .orElseGet(() -> Result.refused("There is no client " + r + ".", Hint.run("See the clients with ", Suggestion.of(Action.LIST_INVOICES), ".")));
        }
        List<dev.ticketops.domain.Client> found = clients.named(r);
        if (found.isEmpty()) {
            return Result.refused("There is no client named " + dev.ticketops.domain.Text.quote(r) + ".",
                    Hint.run("Check the spelling, or link a channel to it with ", Suggestion.of(Action.LINK_CHANNEL), "."));
        }
        if (found.size() > 1) {
            return Result.refused("Several clients are named “" + r + "”: " + found.stream()
                            .map(c -> "id:" + c.id() + " (" + c.kind().name().toLowerCase() + ")").collect(java.util.stream.Collectors.joining(", ")) + ".",
                    "Name one by its id, e.g. id:" + found.get(0).id() + ".");
        }
        return Result.ok(found.get(0));
    }

    /**
     * Where a client's invoices, payment notices and reminders go: its billing channel while that channel is still
     * linked to it, else another channel linked to it; an individual client gets a direct message. Never a channel
     * that belongs to someone else (or to no one): invoice links carry their access token.
     */
    public Optional<dev.ticketops.app.port.Destination> billingDestination(long clientId) {
        var links = stores.channelLinks();
        var chosen = terms(clientId).billingChannel()
                .filter(ch -> links.clientOf(ch).map(c -> c == clientId).orElse(false));
        if (chosen.isPresent()) {
            return chosen.map(dev.ticketops.app.port.Destination::channel);
        }
        var linked = links.channelsOf(clientId);
        if (!linked.isEmpty()) {
            return Optional.of(dev.ticketops.app.port.Destination.channel(linked.get(0)));
        }
        boolean individual = stores.clients().byId(clientId).map(c -> c.kind() == dev.ticketops.domain.ClientKind.INDIVIDUAL)
                .orElse(false);
        return individual ? stores.people().firstOfClient(clientId).map(dev.ticketops.app.port.Destination::directTo)
                : Optional.empty();
    }

    /** Refuses work on the ticket while its client has an overdue invoice, unless staff overrode it for this ticket. */
    public Optional<Refusal> overdueBlock(Ticket t, String action) {
        var overdue = stores.invoices().oldestOverdue(t.clientId(), today());
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        return dev.ticketops.domain.BillingPolicy.overdueBlocks(List.of(overdue.get()), today(), action,
                stores.overruns().overridden(t.number()));
    }

    static <T> Result<T> refuse(Optional<Refusal> r) {
        return r.orElseThrow().toResult();
    }
}
