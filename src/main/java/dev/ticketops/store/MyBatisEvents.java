package dev.ticketops.store;

import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import java.util.List;

final class MyBatisEvents implements TicketEvents {
    private final MyBatisTransactions tx;

    MyBatisEvents(MyBatisTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(TicketEvent e) {
        tx.mapper(EventMapper.class).insert(new EventMapper.Row(e.ticket() == null ? null : e.ticket().value(), e.actorId(),
                e.actorName(), e.platform().name(), e.kind(), e.detail(), Utc.of(e.occurredAt())));
    }

    @Override
    public List<TicketEvent> forTicket(TicketNumber ticket) {
        return tx.mapper(EventMapper.class).forTicket(ticket.value()).stream()
                .map(r -> new TicketEvent(TicketNumber.of(r.ticketNumber()), r.actorId(), r.actorName(),
                        Platform.valueOf(r.platform()), r.kind(), r.detail(), Utc.instant(r.occurredAt())))
                .toList();
    }
}
