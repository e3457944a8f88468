package dev.ticketops.app.port;

import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import java.util.List;

/** The audit trail: appended in the same transaction as the change it records. */
public interface TicketEvents {
    void append(TicketEvent event);

    List<TicketEvent> forTicket(TicketNumber ticket);
}
