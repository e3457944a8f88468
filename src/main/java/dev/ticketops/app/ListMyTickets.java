package dev.ticketops.app;

import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import java.util.List;
import java.util.Objects;

/** /ticket list mine: the open tickets assigned to the staff member who asks. */
public final class ListMyTickets {
    public record Query(Caller caller) implements UseCaseCommand {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final TicketStaffing staffing;
    private final Tickets tickets;
    private final TicketDetailsQuery details;

    public ListMyTickets(Transactions transactions, TicketAccess access, TicketStaffing staffing, Tickets tickets,
                         TicketDetailsQuery details) {
        this.transactions = transactions;
        this.access = access;
        this.staffing = staffing;
        this.tickets = tickets;
        this.details = details;
    }

    public Result<ListTickets.Listing> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            var refusal = TicketPolicy.staffOnly(p, "have tickets assigned");
            if (refusal.isPresent()) {
                return refusal.get().toResult();
            }
            List<TicketSummary> mine = staffing.assignedTo(p.id()).stream().map(tickets::find).flatMap(java.util.Optional::stream)
                    .filter(t -> t.status() != TicketStatus.CLOSED)
                    .map(t -> {
                        var d = details.of(t);
                        return new TicketSummary(t.number(), t.title(), t.status(), t.billable(), t.urgent(),
                                d.client().name(), d.totalMinutes(), t.openedAt());
                    })
                    .filter(Objects::nonNull).limit(ListTickets.LIMIT).toList();
            return Result.ok(new ListTickets.Listing(mine, true, true, false));
        });
    }
}
