package dev.ticketops.support.fakes;

import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import java.util.List;

/** The audit trail in memory, in the order appended; the actor's name is read from People, as the store joins it. */
public final class FakeTicketEvents implements TicketEvents {
    private final InMemoryTransactions tx;

    public FakeTicketEvents(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(TicketEvent e) {
        Tables t = tx.tables();
        if (e.ticket() != null) {
            t.ticket(e.ticket());
        }
        if (e.actorId() != null) {
            t.person(e.actorId());
        }
        long id = t.nextId("ticket_events");
        t.events.put(id, new Tables.EventRow(id, new TicketEvent(e.ticket(), e.actorId(), null, e.platform(), e.kind(),
                e.detail(), Tables.micros(e.occurredAt()))));
    }

    @Override
    public List<TicketEvent> forTicket(TicketNumber ticket) {
        Tables t = tx.tables();
        return t.events.values().stream().map(Tables.EventRow::event).filter(e -> ticket.equals(e.ticket()))
                .map(e -> new TicketEvent(e.ticket(), e.actorId(),
                        e.actorId() == null ? null : t.person(e.actorId()).displayName(), e.platform(), e.kind(),
                        e.detail(), e.occurredAt()))
                .toList();
    }
}
