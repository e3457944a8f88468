package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import dev.ticketops.domain.TimeEntry;
import java.time.Duration;
import java.util.Optional;

/** Removes the same person's last time entry, within ten minutes of logging it. */
public final class UndoTime {
    public static final Duration WINDOW = Duration.ofMinutes(10);

    public record Command(Caller caller) implements UseCaseCommand {
    }

    public record Undone(Ticket ticket, TimeEntry entry, long totalMinutes) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final TimeEntries timeEntries;
    private final Tickets tickets;
    private final Audit audit;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;

    public UndoTime(Transactions transactions, TicketAccess access, TimeEntries timeEntries, Tickets tickets, Audit audit,
                    AgencyCalendar calendar,
            TicketThreadNotices threads) {
        this.transactions = transactions;
        this.access = access;
        this.timeEntries = timeEntries;
        this.tickets = tickets;
        this.audit = audit;
        this.calendar = calendar;
        this.threads = threads;
    }

    public Result<Undone> execute(Command c) {
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "log or undo time");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            Optional<TimeEntry> last = timeEntries.latestBy(p.id());
            if (last.isEmpty()) {
                return Result.refused("You have no time entry to undo.", Hint.run("Log time with ", Suggestion.of(Action.LOG_TIME), "."));
            }
            TimeEntry e = last.get();
            if (e.loggedAt().plus(WINDOW).isBefore(calendar.now())) {
                return Result.refused("Your last entry (" + e.duration() + " on " + e.ticket() + ") is more than 10 minutes old.",
                        "Entries can be undone for 10 minutes; ask an admin to correct older ones.");
            }
            Ticket t = tickets.lock(e.ticket()).orElseThrow();
            if (t.status() == TicketStatus.CLOSED) {
                return Result.refused("Ticket " + t.number() + " is closed; its time is the billing record.",
                        Hint.run("Reopen it with ", Suggestion.of(Action.REOPEN_TICKET, t.number()), " first."));
            }
            // Re-read under the ticket lock: while this undo waited, the person may have logged again, or another undo
            // may have removed the entry. Say which — and that nothing was removed by this one.
            Optional<TimeEntry> now = timeEntries.latestBy(p.id());
            if (now.isPresent() && now.get().id() != e.id() && newer(now.get(), e)) {
                TimeEntry n = now.get();
                return Result.refused("Nothing was undone: while this undo ran you logged " + n.duration() + " on " + n.ticket()
                                + ", which is now your last entry (" + e.duration() + " on " + e.ticket() + " was kept).",
                        Hint.run("Run ", Suggestion.of(Action.UNDO_LOG), " again to remove the " + n.duration() + " on " + n.ticket() + "."));
            }
            if (now.isEmpty() || now.get().id() != e.id() || !timeEntries.delete(e.id())) {
                return Result.refused("Nothing was undone: your entry of " + e.duration() + " on " + t.number()
                        + " had already been undone by another request.", Hint.run("See the ticket with ", Suggestion.of(Action.SHOW_TICKET, t.number()), "."));
            }
            tickets.addLoggedMinutes(t.number(), -e.duration().minutes());
            audit.record(t, p, "TIME_UNDONE", e.duration().toString());
            threads.cardChanged(t);
            return Result.ok(new Undone(t, e, t.loggedMinutes() - e.duration().minutes()));
        });
    }

    /** Whether {@code a} comes after {@code b} in the order {@code latestBy} uses (logged time, then id). */
    private static boolean newer(TimeEntry a, TimeEntry b) {
        int byTime = a.loggedAt().compareTo(b.loggedAt());
        return byTime > 0 || byTime == 0 && a.id() > b.id();
    }
}
