package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Optional;

/** Time beyond an approved estimate, put to the client for approval, and staff overrides of the overdue pause. */
public interface Overruns {
    record Request(long id, TicketNumber ticket, long estimateId, int minutes, String status, Instant requestedAt) {
    }

    Optional<Request> pending(TicketNumber ticket);

    long request(TicketNumber ticket, long estimateId, int minutes, Instant at);

    Optional<Request> lock(long id);

    /** A pending request grows with the time logged beyond the approved maximum while it waits. */
    void updatePending(long id, int minutes);

    void decide(long id, String status, long decidedBy, Instant at);

    boolean overridden(TicketNumber ticket);

    void override(TicketNumber ticket, String reason, long grantedBy, Instant at);
}
