package dev.ticketops.support.fakes;

import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Tickets in memory, as MyBatisTickets keeps them. */
public final class FakeTickets implements Tickets {
    private final InMemoryTransactions tx;

    public FakeTickets(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public TicketNumber nextNumber() {
        Tables t = tx.tables();
        long next = t.sequences.get("ticket");
        t.sequences.put("ticket", next + 1);
        return TicketNumber.of(next);
    }

    @Override
    public void insert(Ticket ticket, Instant now) {
        Tables t = tx.tables();
        if (t.tickets.containsKey(ticket.number().value())) {
            throw new Tables.DuplicateKey("tickets", ticket.number());
        }
        t.client(ticket.clientId());
        t.person(ticket.requesterId());
        t.tickets.put(ticket.number().value(), stored(ticket));
    }

    @Override
    public Optional<Ticket> find(TicketNumber number) {
        return Optional.ofNullable(tx.tables().tickets.get(number.value()));
    }

    @Override
    public Optional<Ticket> lock(TicketNumber number) {
        return find(number);
    }

    /** Changes what the store's UPDATE sets; the owner, origin, opening time and logged minutes stay. */
    @Override
    public void update(Ticket ticket, Instant now) {
        Tables t = tx.tables();
        Ticket old = t.tickets.get(ticket.number().value());
        if (old == null) {
            throw new IllegalStateException("ticket " + ticket.number() + " vanished during an update");
        }
        t.tickets.put(old.number().value(), stored(new Ticket(old.number(), ticket.title(), ticket.description(),
                ticket.urgent(), ticket.billable(), ticket.status(), old.clientId(), old.requesterId(), old.origin(),
                old.openedAt(), ticket.closedAt(), ticket.closeSummary(), old.loggedMinutes())));
    }

    @Override
    public void addLoggedMinutes(TicketNumber number, int delta) {
        Tables t = tx.tables();
        Ticket old = t.tickets.get(number.value());
        if (old != null) {
            t.tickets.put(number.value(), new Ticket(old.number(), old.title(), old.description(), old.urgent(),
                    old.billable(), old.status(), old.clientId(), old.requesterId(), old.origin(), old.openedAt(),
                    old.closedAt(), old.closeSummary(), old.loggedMinutes() + delta));
        }
    }

    /** Newest first; a client person sees the tickets of their client or that they requested. */
    @Override
    public List<TicketSummary> list(TicketQuery q) {
        Tables t = tx.tables();
        boolean restricted = q.visibleToClient() != null || q.visibleToRequester() != null;
        return t.tickets.descendingMap().values().stream()
                .filter(k -> !restricted || Objects.equals(k.clientId(), q.visibleToClient())
                        || Objects.equals(k.requesterId(), q.visibleToRequester()))
                .filter(k -> !q.openOnly() || k.status() != TicketStatus.CLOSED)
                .limit(q.limit())
                .map(k -> new TicketSummary(k.number(), k.title(), k.status(), k.billable(), k.urgent(),
                        t.client(k.clientId()).name(), k.loggedMinutes(), k.openedAt()))
                .toList();
    }

    private static Ticket stored(Ticket k) {
        return new Ticket(k.number(), k.title(), k.description(), k.urgent(), k.billable(), k.status(), k.clientId(),
                k.requesterId(), k.origin(), Tables.micros(k.openedAt()), Tables.micros(k.closedAt()), k.closeSummary(),
                k.loggedMinutes());
    }
}
