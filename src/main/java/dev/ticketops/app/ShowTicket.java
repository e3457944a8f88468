package dev.ticketops.app;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;

/** A ticket with its estimate, approval, time entries and history, for whoever may see it. */
public final class ShowTicket {
    public record Query(Caller caller, TicketNumber ticket) {
    }

    private final Context ctx;

    public ShowTicket(Context ctx) {
        this.ctx = ctx;
    }

    public Result<TicketDetails> execute(Query q) {
        return ctx.tx(() -> {
            Person p = ctx.person(q.caller());
            Result<Ticket> found = ctx.findVisible(p, q.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            return Result.ok(ctx.details(found.orElseThrow()));
        });
    }
}
