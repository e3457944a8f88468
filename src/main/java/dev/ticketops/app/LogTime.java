package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Overruns;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.domain.WorkDuration;
import java.util.Set;

/** Staff log actual time on an approved (or non-billable) open ticket. */
public final class LogTime {
    public record Command(Caller caller, TicketNumber ticket, WorkDuration duration, String note) implements UseCaseCommand {
    }

    /**
     * @param warning for the staff member: the log passed 80% or 100% of the approved maximum, or went beyond it
     *                (then the client is asked to approve the extra time); null when all is well
     */
    public record Logged(Ticket ticket, TimeEntry entry, long totalMinutes, Set<String> redactions, String warning) {
    }

    private final TicketAccess access;
    private final OverdueGate overdue;
    private final TimeEntries timeEntries;
    private final Tickets tickets;
    private final Estimates estimates;
    private final Overruns overruns;
    private final Audit audit;
    private final Outbox outbox;
    private final AgencyCalendar calendar;

    public LogTime(TicketAccess access, OverdueGate overdue, TimeEntries timeEntries, Tickets tickets, Estimates estimates,
                   Overruns overruns, Audit audit, Outbox outbox, AgencyCalendar calendar) {
        this.access = access;
        this.overdue = overdue;
        this.timeEntries = timeEntries;
        this.tickets = tickets;
        this.estimates = estimates;
        this.overruns = overruns;
        this.audit = audit;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    /**
     * Compares the time logged with the approved maximum (the estimate's high end plus approved extra time): warns at
     * 80% and 100%, and beyond it asks the client — once per pending request — to approve the extra time.
     */
    private String overrun(Ticket t, Person p, long before, long after) {
        var approved = estimates.approvedMax(t.number());
        if (approved.isEmpty()) {
            return null;
        }
        long max = approved.get().minutes();
        String warning = null;
        if (before * 5 < max * 4 && after * 5 >= max * 4 && after < max) {
            warning = "Heads-up: " + t.number() + " has used " + Hours.words(after) + " of the approved " + Hours.words(max)
                    + " (80% or more).";
        }
        if (before < max && after >= max) {
            warning = t.number() + " has reached the approved maximum of " + Hours.words(max) + ".";
        }
        if (after > max) {
            var pending = overruns.pending(t.number());
            if (pending.isEmpty()) {
                int extra = (int) (after - max);
                long id = overruns.request(t.number(), approved.get().estimateId(), extra, calendar.now());
                outbox.enqueue(Destination.channel(t.origin()), new Notice.OverrunRequested(t.number(),
                        id, t.title(), extra, max, after, p.displayName()), calendar.now());
                audit.record(t, p, "OVERRUN_REQUESTED", Hours.words(extra) + " beyond " + Hours.words(max));
                warning = t.number() + " is " + Hours.words(after - max) + " over the approved " + Hours.words(max)
                        + ". The time is recorded; the client has been asked to approve the extra time, and until then"
                        + " invoices bill no more than the approved maximum.";
            } else {
                // the waiting request covers all the time beyond the approved maximum, so approving it bills all of it
                overruns.updatePending(pending.get().id(), (int) (after - max));
                warning = t.number() + " is " + Hours.words(after - max) + " over the approved " + Hours.words(max)
                        + "; the client's approval of the extra time (now " + Hours.words(after - max) + ") is still pending.";
            }
        }
        return warning;
    }

    public Result<Logged> execute(Command c) {
        WorkDuration duration = c.duration();
        String rawNote = Text.isBlank(c.note()) ? null : c.note().strip();
        if (rawNote != null && Text.length(rawNote) > 1000) {
            return Result.refused("The note is longer than 1000 characters.", "Keep time notes short; put details in the closing summary.");
        }
        return access.change(c.caller(), c.ticket(), policy("logging time on"), (p, t) -> record(p, t, duration, rawNote));
    }

    /**
     * The rule every way of recording time follows — a {@code /log}, a timer started, a timer stopped: staff only, an
     * approved (or non-billable) open ticket, and no overdue invoice; {@code action} names it in the refusal.
     */
    public TicketAccess.Policy policy(String action) {
        return (p, t) -> TicketPolicy.mayLog(p, t).or(() -> overdue.block(t, action + " " + t.number()));
    }

    /**
     * Records {@code duration} on ticket {@code n} as {@code p} in the caller's transaction, on the same rules and with
     * the same overrun warnings as {@code /log} (a stopped timer comes through here).
     */
    public Result<Logged> logAs(Person p, TicketNumber n, WorkDuration duration, String note) {
        Result<Ticket> found = access.lockVisible(p, n);
        if (found instanceof Result.Refused<Ticket> r) {
            return r.as();
        }
        Ticket t = found.orElseThrow();
        var refusal = policy("logging time on").check(p, t);
        if (refusal.isPresent()) {
            return refusal.get().toResult();
        }
        String raw = Text.isBlank(note) ? null : note.strip();
        return record(p, t, duration, raw);
    }

    private Result<Logged> record(Person p, Ticket t, WorkDuration duration, String rawNote) {
        var note = CredentialScanner.redact(rawNote);
        TimeEntry draft = new TimeEntry(0, t.number(), p.id(), p.displayName(), duration,
                note.text() == null ? null : Text.clip(note.text(), 1000), calendar.now());
        long id = timeEntries.insert(draft);
        tickets.addLoggedMinutes(t.number(), duration.minutes());
        TimeEntry entry = new TimeEntry(id, draft.ticket(), draft.personId(), draft.personName(), draft.duration(),
                draft.note(), draft.loggedAt());
        audit.record(t, p, "TIME_LOGGED", duration.toString());
        long total = t.loggedMinutes() + duration.minutes();
        String warning = t.billable() ? overrun(t, p, total - duration.minutes(), total) : null;
        return Result.ok(new Logged(t, entry, total, note.kinds(), warning));
    }
}
