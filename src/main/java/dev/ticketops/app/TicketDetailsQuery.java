package dev.ticketops.app;

import dev.ticketops.app.port.Approvals;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TimeEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import dev.ticketops.app.port.Followups;
import dev.ticketops.app.port.Timers;
import dev.ticketops.domain.ResponseTargets;
import dev.ticketops.domain.SupportClock;

/** Reads everything a ticket card shows (see {@link TicketDetails}). */
public final class TicketDetailsQuery {
    private final Clients clients;
    private final People people;
    private final Estimates estimates;
    private final Approvals approvals;
    private final TimeEntries timeEntries;
    private final TicketEvents events;

    private Timers timers;
    private Followups followups;
    private SupportClock clock;
    private AgencyCalendar calendar;

    public TicketDetailsQuery(Clients clients, People people, Estimates estimates, Approvals approvals,
                              TimeEntries timeEntries, TicketEvents events) {
        this.clients = clients;
        this.people = people;
        this.estimates = estimates;
        this.approvals = approvals;
        this.timeEntries = timeEntries;
        this.events = events;
    }

    /** Shows the running timers and the response targets too (the support clock). */
    public TicketDetailsQuery withClock(Timers timers, Followups followups, SupportClock clock, AgencyCalendar calendar) {
        this.timers = timers;
        this.followups = followups;
        this.clock = clock;
        this.calendar = calendar;
        return this;
    }

    public TicketDetails of(Ticket t) {
        var client = clients.byId(t.clientId()).orElseThrow();
        var requester = people.byId(t.requesterId()).orElseThrow();
        var estimate = estimates.current(t.number());
        var approval = estimate.flatMap(e -> approvals.forEstimate(e.id()));
        List<TimeEntry> entries = timeEntries.forTicket(t.number());
        long total = entries.stream().mapToLong(e -> e.duration().minutes()).sum();
        var history = events.forTicket(t.number()).stream()
                .sorted(Comparator.comparing(TicketEvent::occurredAt)).toList();
        if (clock == null) {
            return new TicketDetails(t, client, requester, estimate, approval, total, entries, history);
        }
        Optional<ResponseTargets> targets = t.status().isOpen()
                ? followups.clocked(t.number()).map(c -> clock.targets(c.openedAt(), c.urgent(), c.firstResponseAt(), c.estimateAt()))
                : Optional.empty();
        return new TicketDetails(t, client, requester, estimate, approval, total, entries, history, timers.onTicket(t.number()),
                calendar.now(), targets);
    }
}
