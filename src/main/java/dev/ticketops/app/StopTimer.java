package dev.ticketops.app;

import dev.ticketops.app.port.Timers;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.WorkDuration;
import java.util.Optional;

/**
 * Stops the caller's timer and records one time entry of the elapsed minutes (rounded, at least 1) — or of the
 * corrected duration they give for a forgotten timer — through {@link LogTime}, with its rules and overrun warnings.
 * A refusal leaves the timer running.
 */
public final class StopTimer {
    /** @param corrected the time actually worked, instead of the time the timer ran */
    public record Command(Caller caller, Optional<WorkDuration> corrected, String note) implements UseCaseCommand {
        public Command {
            corrected = corrected == null ? Optional.empty() : corrected;
        }
    }

    /** @param ranMinutes how long the timer ran; the entry is {@code logged}, corrected or not */
    public record Stopped(RunningTimer timer, long ranMinutes, boolean corrected, LogTime.Logged logged) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final LogTime logTime;
    private final Timers timers;
    private final AgencyCalendar calendar;

    public StopTimer(Transactions transactions, TicketAccess access, LogTime logTime, Timers timers, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.logTime = logTime;
        this.timers = timers;
        this.calendar = calendar;
    }

    public Result<Stopped> execute(Command c) {
        String note = Text.isBlank(c.note()) ? null : c.note().strip();
        if (note != null && Text.length(note) > 1000) {
            return Result.refused("The note is longer than 1000 characters.", "Keep time notes short; put details in the closing summary.");
        }
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "use timers");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            Optional<RunningTimer> running = timers.lockOf(p.id());
            if (running.isEmpty()) {
                return TimerRules.noTimer().toResult();
            }
            RunningTimer t = running.get();
            long ran = t.minutesAt(calendar.now());
            if (c.corrected().isEmpty() && ran > WorkDuration.MAX_MINUTES) {
                return TimerRules.tooLong(t, ran).toResult();
            }
            WorkDuration d = c.corrected().orElseGet(() -> new WorkDuration((int) ran));
            String both = t.note() == null ? note : note == null ? t.note() : t.note() + " — " + note;
            Result<LogTime.Logged> logged = logTime.logAs(p, t.ticket(), d, both);
            if (logged instanceof Result.Refused<LogTime.Logged> r) {
                return Result.refused(r.reason() + " Your timer is still running.", r.hint());
            }
            timers.remove(p.id());
            return Result.ok(new Stopped(t, ran, c.corrected().isPresent(), logged.orElseThrow()));
        });
    }
}
