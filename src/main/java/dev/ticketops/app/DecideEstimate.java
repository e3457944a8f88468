package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import java.util.Optional;

/**
 * The client's written confirmation inside the ticket: approve or decline an estimate. Never by staff; a second click
 * changes nothing and says who decided and when.
 */
public final class DecideEstimate {
    public record Command(Caller caller, TicketNumber ticket, long estimateId, Decision decision) {
    }

    /** {@code changed} is false when the estimate had already been decided (the approval is then the earlier one). */
    public record Decided(TicketDetails ticket, Estimate estimate, Approval approval, boolean changed) {
    }

    private final Context ctx;

    public DecideEstimate(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Decided> execute(Command c) {
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var stores = ctx.stores();
            Optional<Ticket> locked = stores.tickets().lock(c.ticket());
            if (locked.isEmpty()) {
                return TicketPolicy.notFound(c.ticket()).toResult();
            }
            Ticket t = locked.get();
            Optional<Estimate> found = stores.estimates().byId(c.estimateId()).filter(e -> e.ticket().equals(t.number()));
            if (found.isEmpty()) {
                return Result.refused("That estimate does not belong to ticket " + t.number() + ".",
                        "Use the buttons on the estimate message of the ticket.");
            }
            Estimate e = found.get();
            var refusal = TicketPolicy.mayDecide(p, t);
            if (refusal.isPresent()) {
                return Context.refuse(refusal);
            }
            Optional<Approval> earlier = stores.approvals().forEstimate(e.id());
            if (earlier.isPresent()) {
                return Result.ok(new Decided(ctx.details(t), e, earlier.get(), false));
            }
            if (c.decision() == Decision.APPROVED) {
                var paused = ctx.overdueBlock(t, "approving this estimate");
                if (paused.isPresent()) {
                    return Context.refuse(paused);
                }
            }
            if (e.status() == EstimateStatus.SUPERSEDED) {
                return Result.refused("This estimate was replaced by a newer one" + (t.billable() ? "" : " (the ticket is now non-billable)") + ".",
                        Hint.run("Use the buttons on the newest estimate for " + t.number() + ", or see it with ",
                                Suggestion.of(Action.SHOW_TICKET, t.number()), "."));
            }
            Approval approval = new Approval(e.id(), t.number(), c.decision(), p.id(), p.displayName(), p.platform(), ctx.now());
            stores.approvals().insert(approval);
            boolean approved = c.decision() == Decision.APPROVED;
            stores.estimates().setStatus(e.id(), approved ? EstimateStatus.APPROVED : EstimateStatus.DECLINED);
            Ticket updated = t.withStatus(approved ? TicketStatus.APPROVED : TicketStatus.DECLINED);
            stores.tickets().update(updated, ctx.now());
            ctx.audit(t, p, approved ? "APPROVED" : "DECLINED", "estimate " + e.range().describe());
            stores.people().byId(e.estimatedBy()).ifPresent(estimator -> stores.outbox().enqueue(
                    Destination.directTo(estimator),
                    new Notice.EstimateDecided(t.number(), t.title(), c.decision(), e.range(), p.displayName(),
                            approval.decidedAt()),
                    ctx.now()));
            Estimate decided = new Estimate(e.id(), e.ticket(), e.range(), e.rate(), e.note(),
                    approved ? EstimateStatus.APPROVED : EstimateStatus.DECLINED, e.estimatedBy(), e.createdAt());
            return Result.ok(new Decided(ctx.details(updated), decided, approval, true));
        });
    }
}
