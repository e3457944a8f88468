package dev.ticketops.app;

import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;

/** The ticket's history: who did what, and when. */
public final class Audit {
    private final TicketEvents events;
    private final AgencyCalendar calendar;

    public Audit(TicketEvents events, AgencyCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
    }

    public void record(Ticket t, Person actor, String kind, String detail) {
        events.append(new TicketEvent(t == null ? null : t.number(), actor.id(), actor.displayName(), actor.platform(), kind,
                detail == null ? null : Text.clip(detail, 2000), calendar.now()));
    }
}
