package dev.ticketops.app;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import dev.ticketops.domain.TimeEntry;
import java.time.Duration;
import java.util.Optional;

/** Removes the same person's last time entry, within ten minutes of logging it. */
public final class UndoTime {
    public static final Duration WINDOW = Duration.ofMinutes(10);

    public record Command(Caller caller) {
    }

    public record Undone(Ticket ticket, TimeEntry entry, long totalMinutes) {
    }

    private final Context ctx;

    public UndoTime(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Undone> execute(Command c) {
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "log or undo time");
            if (staff.isPresent()) {
                return Context.refuse(staff);
            }
            var stores = ctx.stores();
            Optional<TimeEntry> last = stores.timeEntries().latestBy(p.id());
            if (last.isEmpty()) {
                return Result.refused("You have no time entry to undo.", "Log time with /log <duration> #N.");
            }
            TimeEntry e = last.get();
            if (e.loggedAt().plus(WINDOW).isBefore(ctx.now())) {
                return Result.refused("Your last entry (" + e.duration() + " on " + e.ticket() + ") is more than 10 minutes old.",
                        "Entries can be undone for 10 minutes; ask an admin to correct older ones.");
            }
            Ticket t = stores.tickets().lock(e.ticket()).orElseThrow();
            if (t.status() == TicketStatus.CLOSED) {
                return Result.refused("Ticket " + t.number() + " is closed; its time is the billing record.",
                        "Reopen it with /ticket reopen " + t.number() + " first.");
            }
            // Re-read under the ticket lock: a concurrent undo may have removed it already.
            Optional<TimeEntry> still = stores.timeEntries().latestBy(p.id()).filter(x -> x.id() == e.id());
            if (still.isEmpty()) {
                return Result.refused("That entry was already undone.", "See the ticket with /ticket show " + t.number() + ".");
            }
            stores.timeEntries().delete(e.id());
            stores.tickets().addLoggedMinutes(t.number(), -e.duration().minutes());
            ctx.audit(t, p, "TIME_UNDONE", e.duration().toString());
            return Result.ok(new Undone(t, e, t.loggedMinutes() - e.duration().minutes()));
        });
    }
}
