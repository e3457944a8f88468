package dev.ticketops.store;

import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MyBatisTickets implements Tickets {
    static final String SEQUENCE = "ticket";

    private final MyBatisTransactions tx;

    MyBatisTickets(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private TicketMapper m() {
        return tx.mapper(TicketMapper.class);
    }

    @Override
    public TicketNumber nextNumber() {
        TicketMapper m = m();
        Long next = m.lockSequence(SEQUENCE);
        if (next == null) {
            throw new IllegalStateException("the ticket sequence is missing: run the migrations");
        }
        m.advanceSequence(SEQUENCE);
        return TicketNumber.of(next);
    }

    @Override
    public void insert(Ticket t, Instant now) {
        m().insert(toRow(t, now));
    }

    @Override
    public Optional<Ticket> find(TicketNumber n) {
        return Optional.ofNullable(m().find(n.value())).map(MyBatisTickets::toTicket);
    }

    @Override
    public Optional<Ticket> lock(TicketNumber n) {
        return Optional.ofNullable(m().lock(n.value())).map(MyBatisTickets::toTicket);
    }

    @Override
    public void update(Ticket t, Instant now) {
        if (m().update(toRow(t, now)) != 1) {
            throw new IllegalStateException("ticket " + t.number() + " vanished during an update");
        }
    }

    @Override
    public void addLoggedMinutes(TicketNumber n, int delta) {
        m().addLoggedMinutes(n.value(), delta);
    }

    @Override
    public List<TicketSummary> list(TicketQuery q) {
        return m().list(q.visibleToClient(), q.visibleToRequester(), q.openOnly(), q.limit()).stream()
                .map(r -> new TicketSummary(TicketNumber.of(r.number()), r.title(), TicketStatus.valueOf(r.status()),
                        r.billable(), r.urgent(), r.clientName(), r.totalMinutes(), Utc.instant(r.openedAt())))
                .toList();
    }

    private static TicketMapper.Row toRow(Ticket t, Instant now) {
        return new TicketMapper.Row(t.number().value(), t.title(), t.description(), t.urgent(), t.billable(),
                t.status().name(), t.clientId(), t.requesterId(), t.origin().platform().name(), t.origin().workspaceId(),
                t.origin().channelId(), Utc.of(t.openedAt()), Utc.of(t.closedAt()), t.closeSummary(), Utc.of(now), t.loggedMinutes());
    }

    static Ticket toTicket(TicketMapper.Row r) {
        return new Ticket(TicketNumber.of(r.number()), r.title(), r.description(), r.urgent(), r.billable(),
                TicketStatus.valueOf(r.status()), r.clientId(), r.requesterId(),
                new ChannelRef(Platform.valueOf(r.originPlatform()), r.originWorkspace(), r.originChannel()),
                Utc.instant(r.openedAt()), Utc.instant(r.closedAt()), r.closeSummary(), r.loggedMinutes());
    }
}
