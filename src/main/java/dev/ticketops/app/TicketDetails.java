package dev.ticketops.app;

import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.ResponseTargets;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TimeEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a ticket card shows: the ticket, who it is for, its estimate and approval, time and history; the running
 * timers on it and its response targets as of {@code at} (none for a closed ticket).
 */
public record TicketDetails(Ticket ticket, Client client, Person requester, Optional<Estimate> estimate,
                            Optional<Approval> approval, long totalMinutes, List<TimeEntry> entries,
                            List<TicketEvent> history, List<RunningTimer> timers, Instant at,
                            Optional<ResponseTargets> targets) {
    /** Without the support clock (timers, targets): as every card showed it before. */
    public TicketDetails(Ticket ticket, Client client, Person requester, Optional<Estimate> estimate,
                         Optional<Approval> approval, long totalMinutes, List<TimeEntry> entries, List<TicketEvent> history) {
        this(ticket, client, requester, estimate, approval, totalMinutes, entries, history, List.of(), null, Optional.empty());
    }
}
