package dev.ticketops.app;

import dev.ticketops.app.port.ConversationMessage;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import java.time.Duration;
import java.time.Instant;

/**
 * What follows a message written in a ticket's client conversation (in its thread or with /ticket reply): a client's
 * message is mirrored into the staff's triage thread with author and platform, and its assignee hears of it by direct
 * message — batched, at most one DM per ticket every {@link #DM_EVERY}; a staff member's message to the client counts
 * as the ticket's first response if it is the first.
 */
public final class ConversationFollowUp {
    static final Duration DM_EVERY = Duration.ofMinutes(5);

    private final TicketThreadNotices notices;
    private final TicketStaffing staffing;
    private final People people;
    private final Outbox outbox;
    private final AgencyCalendar calendar;

    public ConversationFollowUp(TicketThreadNotices notices, TicketStaffing staffing, People people, Outbox outbox,
                                AgencyCalendar calendar) {
        this.notices = notices;
        this.staffing = staffing;
        this.people = people;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    void written(Ticket t, ConversationMessage m) {
        if (m.side() != TicketThread.Side.CLIENT || m.internal()) {
            return;
        }
        if (m.authorRole() == Role.STAFF) {
            staffing.firstResponse(t.number(), m.authorId(), m.writtenAt());
        }
        notices.post(t, TicketThread.Side.TRIAGE, new Notice.ConversationMirrored(t.number(), t.title(), m.authorName(),
                m.authorRole(), m.platform(), m.text()));
        if (m.authorRole() == Role.CLIENT) {
            tellAssignee(t, m);
        }
    }

    /** A staff member answered the client otherwise (an estimate, a not-billable decision): the first answer counts. */
    void staffAnswered(Ticket t, Person p) {
        if (p.isStaff()) {
            staffing.firstResponse(t.number(), p.id(), calendar.now());
        }
    }

    /**
     * One DM per ticket per {@link #DM_EVERY}: a DM still waiting takes the newest message instead of a second DM; else
     * the next is due {@link #DM_EVERY} after the last one (now, if that is past).
     */
    private void tellAssignee(Ticket t, ConversationMessage m) {
        var staff = staffing.of(t.number());
        if (staff.isEmpty() || staff.get().assigneeId() == null) {
            return;
        }
        var assignee = people.byId(staff.get().assigneeId());
        if (assignee.isEmpty()) {
            return;
        }
        Instant now = calendar.now();
        Instant last = staff.get().dmDueAt();
        Instant due;
        if (last != null && last.isAfter(now)) {
            due = last;
        } else {
            due = last == null || !last.plus(DM_EVERY).isAfter(now) ? now : last.plus(DM_EVERY);
            staffing.dmDue(t.number(), due);
        }
        outbox.enqueueLatest(Destination.directTo(assignee.get()), new Notice.AssigneeNewMessages(t.number(), t.title(),
                m.authorName(), m.platform(), Text.clip(m.text(), 500)), now, due);
    }
}
