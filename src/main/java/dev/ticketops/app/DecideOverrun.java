package dev.ticketops.app;

import dev.ticketops.app.port.Overruns;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;

/** The client approves (or declines) time beyond the approved estimate; only approved time is invoiced. */
public final class DecideOverrun {
    public record Command(Caller caller, TicketNumber ticket, long requestId, Decision decision) {
    }

    public record Decided(Ticket ticket, Overruns.Request request, Decision decision, String by, boolean changed) {
    }

    private final Context ctx;

    public DecideOverrun(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Decided> execute(Command c) {
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var stores = ctx.stores();
            var ticket = stores.tickets().lock(c.ticket());
            var request = stores.overruns().lock(c.requestId()).filter(r -> r.ticket().equals(c.ticket()));
            if (ticket.isEmpty() || request.isEmpty()) {
                return Result.refused("That request for extra time does not exist.", Hint.run("See the ticket with ", Suggestion.of(Action.SHOW_TICKET, c.ticket()), "."));
            }
            Ticket t = ticket.get();
            // like an estimate, extra time is the client's to approve — even after the ticket was closed
            if (p.isStaff() || !TicketPolicy.isClientContact(p, t)) {
                return Context.refuse(TicketPolicy.mayDecide(p, t));
            }
            Overruns.Request r = request.get();
            if (!r.status().equals("PENDING")) {
                return Result.ok(new Decided(t, r, Decision.valueOf(r.status()), p.displayName(), false));
            }
            String status = c.decision().name();
            stores.overruns().decide(r.id(), status, p.id(), ctx.now());
            ctx.audit(t, p, c.decision() == Decision.APPROVED ? "OVERRUN_APPROVED" : "OVERRUN_DECLINED", Hours.words(r.minutes()));
            return Result.ok(new Decided(t, r, c.decision(), p.displayName(), true));
        });
    }
}
