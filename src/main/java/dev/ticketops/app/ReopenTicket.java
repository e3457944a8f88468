package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import java.util.Optional;

/** Staff reopen a closed ticket; it returns to where its estimate left it. */
public final class ReopenTicket {
    public record Command(Caller caller, TicketNumber ticket) {
    }

    public record Reopened(TicketDetails ticket) {
    }

    private final Context ctx;

    public ReopenTicket(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Reopened> execute(Command c) {
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var found = ctx.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            var refusal = TicketPolicy.mayReopen(p, t);
            if (refusal.isPresent()) {
                return Context.refuse(refusal);
            }
            var invoiced = ctx.stores().invoices().invoiceOf(t.number());
            if (invoiced.isPresent()) {
                return Result.refused(t.number() + " was billed on invoice " + invoiced.get() + ", so its record is final.",
                        Hint.run("Open a new ticket for the further work: ", Suggestion.of(Action.OPEN_TICKET), "."));
            }
            Optional<Estimate> estimate = ctx.stores().estimates().current(t.number());
            TicketStatus status = !t.billable() || estimate.isEmpty() ? TicketStatus.NEW : switch (estimate.get().status()) {
                case APPROVED -> TicketStatus.APPROVED;
                case PENDING -> TicketStatus.ESTIMATED;
                case DECLINED -> TicketStatus.DECLINED;
                case SUPERSEDED -> TicketStatus.NEW;
            };
            Ticket reopened = t.reopened(status);
            ctx.stores().tickets().update(reopened, ctx.now());
            ctx.audit(t, p, "REOPENED", status.label());
            return Result.ok(new Reopened(ctx.details(reopened)));
        });
    }
}
