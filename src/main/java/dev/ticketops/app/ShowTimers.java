package dev.ticketops.app;

import dev.ticketops.app.port.Timers;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.TicketPolicy;
import java.time.Instant;
import java.util.List;

/** The running timers, for staff: whose, on which ticket, for how long; the caller's own first. */
public final class ShowTimers {
    static final int LIMIT = 50;

    public record Query(Caller caller) implements UseCaseCommand {
    }

    public record Listing(List<RunningTimer> timers, long callerId, Instant at) {
        public Listing {
            timers = List.copyOf(timers);
        }
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Timers timers;
    private final AgencyCalendar calendar;

    public ShowTimers(Transactions transactions, TicketAccess access, Timers timers, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.timers = timers;
        this.calendar = calendar;
    }

    public Result<Listing> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            var staff = TicketPolicy.staffOnly(p, "see the running timers");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            List<RunningTimer> all = new java.util.ArrayList<>(timers.running(LIMIT));
            all.sort(java.util.Comparator.comparing((RunningTimer t) -> t.person().id() != p.id()));
            return Result.ok(new Listing(all, p.id(), calendar.now()));
        });
    }
}
