package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Timers;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.RunningTimer;
import java.time.Duration;
import java.time.Instant;

/**
 * Reminds a staff member privately, once, that their timer has been running longer than {@code TIMER_WARN_HOURS}:
 * the reminder is claimed on the timer's row, so restarts and several instances still send it once.
 */
public final class WarnLongTimers {
    private final Transactions transactions;
    private final Timers timers;
    private final Tickets tickets;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final Duration warnAfter;

    public WarnLongTimers(Transactions transactions, Timers timers, Tickets tickets, Outbox outbox, AgencyCalendar calendar,
                          Duration warnAfter) {
        this.transactions = transactions;
        this.timers = timers;
        this.tickets = tickets;
        this.outbox = outbox;
        this.calendar = calendar;
        this.warnAfter = warnAfter;
    }

    /** Returns how many reminders were queued. */
    public int execute() {
        return transactions.inTransaction(() -> {
            Instant now = calendar.now();
            int sent = 0;
            for (RunningTimer t : timers.unwarnedSince(now.minus(warnAfter), 100)) {
                if (!timers.markWarned(t.person().id(), t.startedAt(), now)) {
                    continue;
                }
                String title = tickets.find(t.ticket()).map(x -> x.title()).orElse("");
                outbox.enqueue(Destination.directTo(t.person()),
                        new Notice.TimerRunningLong(t.ticket(), title, t.minutesAt(now), t.startedAt()), now);
                sent++;
            }
            return sent;
        });
    }
}
