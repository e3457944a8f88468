package dev.ticketops.app;

import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import java.util.List;

/** The tickets a person may see: every ticket for staff, their client's (or their own) for a client person. */
public final class ListTickets {
    public static final int LIMIT = 50;

    public record Query(Caller caller, boolean openOnly) implements UseCaseCommand {
    }

    public record Listing(List<TicketSummary> tickets, boolean openOnly, boolean staffView, boolean truncated) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Tickets tickets;

    public ListTickets(Transactions transactions, TicketAccess access, Tickets tickets) {
        this.transactions = transactions;
        this.access = access;
        this.tickets = tickets;
    }

    /** The tickets {@code p} may see: every ticket for staff, their client's (or their own) for a client person. */
    public static TicketQuery visibleTo(Person p, boolean openOnly, int limit) {
        return p.isStaff()
                ? new TicketQuery(null, null, openOnly, limit)
                : new TicketQuery(p.clientId() == null ? -1L : p.clientId(), p.id(), openOnly, limit);
    }

    public Result<Listing> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            List<TicketSummary> rows = tickets.list(visibleTo(p, q.openOnly(), LIMIT + 1));
            boolean truncated = rows.size() > LIMIT;
            return Result.ok(new Listing(truncated ? rows.subList(0, LIMIT) : rows, q.openOnly(), p.isStaff(), truncated));
        });
    }
}
