package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TimeEntry;
import java.util.List;
import java.util.Optional;

public interface TimeEntries {
    long insert(TimeEntry entry);

    long totalMinutes(TicketNumber ticket);

    List<TimeEntry> forTicket(TicketNumber ticket);

    /** The person's newest entry on any ticket. */
    Optional<TimeEntry> latestBy(long personId);

    /** Removes the entry; false when it was already gone. */
    boolean delete(long id);
}
