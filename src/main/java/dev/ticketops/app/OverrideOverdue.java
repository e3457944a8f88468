package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;

/** Staff let one ticket continue while its client has an overdue invoice; the reason is audited. */
public final class OverrideOverdue {
    public record Command(Caller caller, TicketNumber ticket, String reason) {
    }

    public record Overridden(Ticket ticket, String reason) {
    }

    private final Context ctx;

    public OverrideOverdue(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Overridden> execute(Command c) {
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty()) {
            return Result.refused("An override needs a reason; it is kept in the ticket's history.", Hint.usage("Usage: ", Action.OVERRIDE_OVERDUE, ""));
        }
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "override the overdue pause");
            if (staff.isPresent()) {
                return Context.refuse(staff);
            }
            var found = ctx.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            String clipped = Text.clip(dev.ticketops.domain.CredentialScanner.redact(reason).text(), 1000);
            ctx.stores().overruns().override(t.number(), clipped, p.id(), ctx.now());
            ctx.audit(t, p, "OVERDUE_OVERRIDE", clipped);
            return Result.ok(new Overridden(t, clipped));
        });
    }
}
