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

    /** An open ticket nobody has taken: number, title, client. */
    record Unassigned(TicketNumber ticket, String title, String client) {
    }

    /** How many open tickets one staff member has. */
    record Workload(String assignee, long open) {
    }

    /** The open tickets without an assignee, oldest first, at most {@code limit}. */
    List<Unassigned> openUnassigned(int limit);

    /** How many open tickets without an assignee there are. */
    long countOpenUnassigned();

    /** Open tickets per assignee, most first. */
    List<Workload> openByAssignee();

    /** The time from opening to staff's first answer, for the first answers given in [{@code from}, {@code to}). */
    List<java.time.Duration> firstResponsesBetween(Instant from, Instant to);
}
