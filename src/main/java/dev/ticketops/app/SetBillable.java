package dev.ticketops.app;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;

/** Staff's review: billable (the default) or not. A non-billable ticket needs no estimate and is never invoiced. */
public final class SetBillable {
    public record Command(Caller caller, TicketNumber ticket, boolean billable) {
    }

    public record Changed(TicketDetails ticket, boolean changed) {
    }

    private final Context ctx;

    public SetBillable(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Changed> execute(Command c) {
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var found = ctx.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            var refusal = TicketPolicy.maySetBillable(p, t);
            if (refusal.isPresent()) {
                return Context.refuse(refusal);
            }
            if (t.billable() == c.billable()) {
                return Result.ok(new Changed(ctx.details(t), false));
            }
            Ticket updated = t.withBillable(c.billable());
            if (!c.billable()) {
                // A pending estimate no longer applies; the ticket needs no approval.
                ctx.stores().estimates().current(t.number())
                        .filter(e -> e.status() == EstimateStatus.PENDING)
                        .ifPresent(e -> ctx.stores().estimates().setStatus(e.id(), EstimateStatus.SUPERSEDED));
                if (t.status() == TicketStatus.ESTIMATED) {
                    updated = updated.withStatus(TicketStatus.NEW);
                }
            }
            ctx.stores().tickets().update(updated, ctx.now());
            ctx.audit(t, p, c.billable() ? "MARKED_BILLABLE" : "MARKED_NON_BILLABLE", null);
            return Result.ok(new Changed(ctx.details(updated), true));
        });
    }
}
