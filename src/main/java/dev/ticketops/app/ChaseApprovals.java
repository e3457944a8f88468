package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Followups;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.SupportClock;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Stale tickets: one waiting for the client's approval with no activity gets a reminder in its channel after
 * {@code APPROVAL_REMINDER_DAYS}, and is closed as "no approval — closed, reopen any time" after
 * {@code AUTO_CLOSE_DAYS} (0: never) — but never a ticket with logged, unbilled time. Each step is recorded in the
 * ticket's history (APPROVAL_REMINDER, AUTO_CLOSED), which the digest counts.
 */
public final class ChaseApprovals {
    public static final String REMINDER = "APPROVAL_REMINDER";
    public static final String AUTO_CLOSED = "AUTO_CLOSED";
    public static final String CLOSING_WORDS = "No approval — closed, reopen any time";

    public record Round(int reminded, int closed) {
    }

    private final Transactions transactions;
    private final Followups followups;
    private final Tickets tickets;
    private final TicketEvents events;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final SupportClock clock;

    public ChaseApprovals(Transactions transactions, Followups followups, Tickets tickets, TicketEvents events, Outbox outbox,
                          AgencyCalendar calendar, SupportClock clock) {
        this.transactions = transactions;
        this.followups = followups;
        this.tickets = tickets;
        this.events = events;
        this.outbox = outbox;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Round execute() {
        int remindDays = clock.approvalReminderDays();
        int closeDays = clock.autoCloseDays();
        if (remindDays == 0 && closeDays == 0) {
            return new Round(0, 0);
        }
        int first = remindDays == 0 ? closeDays : closeDays == 0 ? remindDays : Math.min(remindDays, closeDays);
        return transactions.inTransaction(() -> {
            Instant now = calendar.now();
            int reminded = 0;
            int closed = 0;
            for (Followups.Waiting w : followups.waitingForApproval(now.minus(Duration.ofDays(first)), 200)) {
                long idleDays = Duration.between(w.lastActivity(), now).toDays();
                if (closeDays > 0 && idleDays >= closeDays) {
                    if (w.unbilledMinutes() == 0 && close(w, idleDays, now)) {
                        closed++;
                    }
                } else if (remindDays > 0 && idleDays >= remindDays
                        && (w.lastReminder() == null || w.lastReminder().isBefore(w.lastActivity()))) {
                    Ticket t = tickets.lock(w.number()).orElseThrow();
                    if (t.status() == TicketStatus.ESTIMATED) {
                        record(t, REMINDER, "waiting " + idleDays + " days for approval", now);
                        long closesIn = closeDays == 0 ? 0 : Math.max(1, closeDays - idleDays);
                        outbox.enqueue(Destination.channel(t.origin()),
                                new Notice.ApprovalReminder(t.number(), t.title(), idleDays, closesIn), now);
                        reminded++;
                    }
                }
            }
            return new Round(reminded, closed);
        });
    }

    private boolean close(Followups.Waiting w, long idleDays, Instant now) {
        Ticket t = tickets.lock(w.number()).orElseThrow();
        if (t.status() != TicketStatus.ESTIMATED || t.loggedMinutes() > 0 && w.unbilledMinutes() > 0) {
            return false;
        }
        tickets.update(t.closed(now, CLOSING_WORDS), now);
        record(t, AUTO_CLOSED, CLOSING_WORDS + " (no activity for " + idleDays + " days)", now);
        outbox.enqueue(Destination.channel(t.origin()), new Notice.ClosedWithoutApproval(t.number(), t.title(), idleDays), now);
        return true;
    }

    /** A step the system took, in the ticket's history (no person did it). */
    private void record(Ticket t, String kind, String detail, Instant now) {
        events.append(new TicketEvent(t.number(), null, null, t.origin().platform(), kind, detail, now));
    }
}
