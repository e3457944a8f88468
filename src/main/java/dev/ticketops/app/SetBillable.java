package dev.ticketops.app;

import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;

/** Staff's review: billable (the default) or not. A non-billable ticket needs no estimate and is never invoiced. */
public final class SetBillable {
    public record Command(Caller caller, TicketNumber ticket, boolean billable) implements UseCaseCommand {
    }

    public record Changed(TicketDetails ticket, boolean changed) {
    }

    private final TicketAccess access;
    private final Estimates estimates;
    private final Tickets tickets;
    private final TicketDetailsQuery details;
    private final Audit audit;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;
    private final ConversationFollowUp followUp;

    public SetBillable(TicketAccess access, Estimates estimates, Tickets tickets, TicketDetailsQuery details, Audit audit,
                       AgencyCalendar calendar,
            TicketThreadNotices threads, ConversationFollowUp followUp) {
        this.access = access;
        this.estimates = estimates;
        this.tickets = tickets;
        this.details = details;
        this.audit = audit;
        this.calendar = calendar;
        this.threads = threads;
        this.followUp = followUp;
    }

    public Result<Changed> execute(Command c) {
        return access.change(c.caller(), c.ticket(), TicketPolicy::maySetBillable, (p, t) -> {
            if (t.billable() == c.billable()) {
                return Result.ok(new Changed(details.of(t), false));
            }
            Ticket updated = t.withBillable(c.billable());
            if (!c.billable()) {
                // A pending estimate no longer applies; the ticket needs no approval.
                estimates.current(t.number())
                        .filter(e -> e.status() == EstimateStatus.PENDING)
                        .ifPresent(e -> estimates.setStatus(e.id(), EstimateStatus.SUPERSEDED));
                if (t.status() == TicketStatus.ESTIMATED) {
                    updated = updated.withStatus(TicketStatus.NEW);
                }
            }
            tickets.update(updated, calendar.now());
            audit.record(t, p, c.billable() ? "MARKED_BILLABLE" : "MARKED_NON_BILLABLE", null);
            threads.cardChanged(updated);
            if (!c.billable()) {
                followUp.staffAnswered(updated, p);
            }
            return Result.ok(new Changed(details.of(updated), true));
        });
    }
}
