package dev.ticketops.app;

import dev.ticketops.domain.Caller;
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
    public record Command(Caller caller, TicketNumber ticket, String duration, String note) {
    }

    public record Logged(Ticket ticket, TimeEntry entry, long totalMinutes, Set<String> redactions) {
    }

    public static final String USAGE = "/log <duration> #N [note]   e.g. /log 1.5h #12 fixed the checkout";

    private final Context ctx;

    public LogTime(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Logged> execute(Command c) {
        var parsed = WorkDuration.parse(c.duration());
        if (parsed instanceof Result.Refused<WorkDuration> r) {
            return Result.refused(r.reason(), r.hint() + " Usage: " + USAGE);
        }
        WorkDuration duration = parsed.orElseThrow();
        String rawNote = Text.isBlank(c.note()) ? null : c.note().strip();
        if (rawNote != null && Text.length(rawNote) > 1000) {
            return Result.refused("The note is longer than 1000 characters.", "Keep time notes short; put details in the closing summary.");
        }
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var found = ctx.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            var refusal = TicketPolicy.mayLog(p, t);
            if (refusal.isPresent()) {
                return Context.refuse(refusal);
            }
            var note = CredentialScanner.redact(rawNote);
            var stores = ctx.stores();
            TimeEntry draft = new TimeEntry(0, t.number(), p.id(), p.displayName(), duration,
                    note.text() == null ? null : Text.clip(note.text(), 1000), ctx.now());
            long id = stores.timeEntries().insert(draft);
            TimeEntry entry = new TimeEntry(id, draft.ticket(), draft.personId(), draft.personName(), draft.duration(),
                    draft.note(), draft.loggedAt());
            ctx.audit(t, p, "TIME_LOGGED", duration.toString());
            return Result.ok(new Logged(t, entry, stores.timeEntries().totalMinutes(t.number()), note.kinds()));
        });
    }
}
