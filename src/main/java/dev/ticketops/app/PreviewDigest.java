package dev.ticketops.app;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketPolicy;
import java.time.Duration;

/** Staff see today's digest now, privately, without sending it. */
public final class PreviewDigest {
    private final Context ctx;
    private final BuildDigest build;

    public PreviewDigest(Context ctx) {
        this.ctx = ctx;
        this.build = new BuildDigest(ctx);
    }

    public Result<Digest> execute(Caller caller) {
        Person p = ctx.tx(() -> ctx.person(caller));
        var staff = TicketPolicy.staffOnly(p, "see the staff digest");
        if (staff.isPresent()) {
            return Context.refuse(staff);
        }
        return Result.ok(build.build(null, "staff", ctx.now().minus(Duration.ofDays(1)), ctx.today()));
    }
}
