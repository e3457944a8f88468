package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who works on each ticket, when staff first answered its client, and when its assignee's next DM is due. */
public interface TicketStaffing {
    record Staffing(TicketNumber ticket, Long assigneeId, Instant assignedAt, Instant firstResponseAt, Instant dmDueAt) {
    }

    Optional<Staffing> of(TicketNumber ticket);

    /** Makes {@code personId} the ticket's one assignee (replacing any other). */
    void assign(TicketNumber ticket, long personId, Instant at);

    /** Records staff's first answer to the client; false when one was recorded before (the first one counts). */
    boolean firstResponse(TicketNumber ticket, long personId, Instant at);

    /** Records when the assignee's next DM about the ticket is due. */
    void dmDue(TicketNumber ticket, Instant due);

    /** The tickets assigned to {@code personId}, oldest first. */
    List<TicketNumber> assignedTo(long personId);
}
