package dev.ticketops.app;

import dev.ticketops.app.port.Timers;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.WorkDuration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Staff start a timer on a ticket, on the rules of {@code /log} ({@link LogTime#policy}): no timer before approval,
 * none while an invoice is overdue. A timer already running on another ticket is stopped first and its time recorded
 * through {@link LogTime}, overrun warnings included.
 */
public final class StartTimer {
    public record Command(Caller caller, TicketNumber ticket, String note) implements UseCaseCommand {
    }

    /** @param stopped the entry of the timer this one replaced, if one was running */
    public record Started(Ticket ticket, RunningTimer timer, Optional<LogTime.Logged> stopped, Set<String> redactions) {
    }

    private final TicketAccess access;
    private final LogTime logTime;
    private final Timers timers;
    private final Audit audit;
    private final AgencyCalendar calendar;

    public StartTimer(TicketAccess access, LogTime logTime, Timers timers, Audit audit, AgencyCalendar calendar) {
        this.access = access;
        this.logTime = logTime;
        this.timers = timers;
        this.audit = audit;
        this.calendar = calendar;
    }

    public Result<Started> execute(Command c) {
        String raw = Text.isBlank(c.note()) ? null : c.note().strip();
        if (raw != null && Text.length(raw) > 1000) {
            return Result.refused("The note is longer than 1000 characters.", "Keep time notes short; put details in the closing summary.");
        }
        return access.change(c.caller(), c.ticket(), logTime.policy("starting a timer on"), (p, t) -> {
            Instant now = calendar.now();
            Optional<RunningTimer> old = timers.lockOf(p.id());
            Optional<LogTime.Logged> stopped = Optional.empty();
            if (old.isPresent()) {
                RunningTimer o = old.get();
                long minutes = o.minutesAt(now);
                if (o.ticket().equals(t.number())) {
                    return Result.refused("Your timer on " + t.number() + " is already running (" + RunningTimer.span(minutes) + ").",
                            Hint.run("Stop it with ", Suggestion.of(Action.STOP_TIMER), " when you are done."));
                }
                if (minutes > WorkDuration.MAX_MINUTES) {
                    return TimerRules.tooLong(o, minutes).toResult();
                }
                Result<LogTime.Logged> logged = logTime.logAs(p, o.ticket(), new WorkDuration((int) minutes), o.note());
                if (logged instanceof Result.Refused<LogTime.Logged> r) {
                    return Result.refused("Your running timer on " + o.ticket() + " cannot be stopped: " + r.reason(), r.hint());
                }
                timers.remove(p.id());
                stopped = Optional.of(logged.orElseThrow());
            }
            var note = CredentialScanner.redact(raw);
            timers.start(p.id(), t.number(), note.text(), now);
            audit.record(t, p, "TIMER_STARTED", note.text());
            return Result.ok(new Started(t, new RunningTimer(p, t.number(), note.text(), now, null), stopped, note.kinds()));
        });
    }
}
