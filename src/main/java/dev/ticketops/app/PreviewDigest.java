package dev.ticketops.app;

import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketPolicy;
import java.time.Duration;

/** Staff see today's digest now, privately, without sending it. */
public final class PreviewDigest {
    public record Query(Caller caller) implements UseCaseCommand {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final BuildDigest build;
    private final AgencyCalendar calendar;

    public PreviewDigest(Transactions transactions, TicketAccess access, BuildDigest build, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.build = build;
        this.calendar = calendar;
    }

    public Result<Digest> execute(Query q) {
        Person p = transactions.inTransaction(() -> access.person(q.caller()));
        var staff = TicketPolicy.staffOnly(p, "see the staff digest");
        if (staff.isPresent()) {
            return staff.get().toResult();
        }
        return Result.ok(build.build(null, "staff", calendar.now().minus(Duration.ofDays(1)), calendar.today()));
    }
}
