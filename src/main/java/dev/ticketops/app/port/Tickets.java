package dev.ticketops.app.port;

import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Tickets {
    /** The next global ticket number; gapless because it is taken inside the opening transaction. */
    TicketNumber nextNumber();

    void insert(Ticket ticket, Instant now);

    Optional<Ticket> find(TicketNumber number);

    /** Finds the ticket and locks its row until the transaction ends, so changes to one ticket run one at a time. */
    Optional<Ticket> lock(TicketNumber number);

    void update(Ticket ticket, Instant now);

    /** Keeps the ticket's total of logged minutes, in the transaction that adds or removes a time entry. */
    void addLoggedMinutes(TicketNumber number, int delta);

    List<TicketSummary> list(TicketQuery query);
}
