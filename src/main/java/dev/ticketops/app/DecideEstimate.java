package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Approvals;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
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
    public record Command(Caller caller, TicketNumber ticket, long estimateId, Decision decision) implements UseCaseCommand {
    }

    /** {@code changed} is false when the estimate had already been decided (the approval is then the earlier one). */
    public record Decided(TicketDetails ticket, Estimate estimate, Approval approval, boolean changed) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Tickets tickets;
    private final Estimates estimates;
    private final Approvals approvals;
    private final People people;
    private final OverdueGate overdue;
    private final TicketDetailsQuery details;
    private final Audit audit;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;

    public DecideEstimate(Transactions transactions, TicketAccess access, Tickets tickets, Estimates estimates,
                          Approvals approvals, People people, OverdueGate overdue, TicketDetailsQuery details, Audit audit,
                          Outbox outbox, AgencyCalendar calendar,
            TicketThreadNotices threads) {
        this.transactions = transactions;
        this.access = access;
        this.tickets = tickets;
        this.estimates = estimates;
        this.approvals = approvals;
        this.people = people;
        this.overdue = overdue;
        this.details = details;
        this.audit = audit;
        this.outbox = outbox;
        this.calendar = calendar;
        this.threads = threads;
    }

    public Result<Decided> execute(Command c) {
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            Optional<Ticket> locked = tickets.lock(c.ticket());
            if (locked.isEmpty()) {
                return TicketPolicy.notFound(c.ticket()).toResult();
            }
            Ticket t = locked.get();
            Optional<Estimate> found = estimates.byId(c.estimateId()).filter(e -> e.ticket().equals(t.number()));
            if (found.isEmpty()) {
                return Result.refused("That estimate does not belong to ticket " + t.number() + ".",
                        "Use the buttons on the estimate message of the ticket.");
            }
            Estimate e = found.get();
            var refusal = TicketPolicy.mayDecide(p, t);
            if (refusal.isPresent()) {
                return refusal.get().toResult();
            }
            Optional<Approval> earlier = approvals.forEstimate(e.id());
            if (earlier.isPresent()) {
                return Result.ok(new Decided(details.of(t), e, earlier.get(), false));
            }
            if (c.decision() == Decision.APPROVED) {
                var paused = overdue.block(t, "approving this estimate");
                if (paused.isPresent()) {
                    return paused.get().toResult();
                }
            }
            if (e.status() == EstimateStatus.SUPERSEDED) {
                return Result.refused("This estimate was replaced by a newer one" + (t.billable() ? "" : " (the ticket is now non-billable)") + ".",
                        Hint.run("Use the buttons on the newest estimate for " + t.number() + ", or see it with ",
                                Suggestion.of(Action.SHOW_TICKET, t.number()), "."));
            }
            Approval approval = new Approval(e.id(), t.number(), c.decision(), p.id(), p.displayName(), p.platform(), calendar.now());
            approvals.insert(approval);
            boolean approved = c.decision() == Decision.APPROVED;
            estimates.setStatus(e.id(), approved ? EstimateStatus.APPROVED : EstimateStatus.DECLINED);
            Ticket updated = t.withStatus(approved ? TicketStatus.APPROVED : TicketStatus.DECLINED);
            tickets.update(updated, calendar.now());
            audit.record(t, p, approved ? "APPROVED" : "DECLINED", "estimate " + e.range().describe());
            people.byId(e.estimatedBy()).ifPresent(estimator -> outbox.enqueue(
                    Destination.directTo(estimator),
                    new Notice.EstimateDecided(t.number(), t.title(), c.decision(), e.range(), p.displayName(),
                            approval.decidedAt()),
                    calendar.now()));
            Estimate decided = new Estimate(e.id(), e.ticket(), e.range(), e.rate(), e.note(),
                    approved ? EstimateStatus.APPROVED : EstimateStatus.DECLINED, e.estimatedBy(), e.createdAt());
            threads.cardChanged(updated);
            return Result.ok(new Decided(details.of(updated), decided, approval, true));
        });
    }
}
