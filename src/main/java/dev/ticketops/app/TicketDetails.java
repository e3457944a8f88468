package dev.ticketops.app;

import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TimeEntry;
import java.util.List;
import java.util.Optional;

/** Everything a ticket card shows: the ticket, who it is for, its estimate and approval, time and history. */
public record TicketDetails(Ticket ticket, Client client, Person requester, Optional<Estimate> estimate,
                            Optional<Approval> approval, long totalMinutes, List<TimeEntry> entries,
                            List<TicketEvent> history) {
}
