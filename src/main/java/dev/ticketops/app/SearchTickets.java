package dev.ticketops.app;

import dev.ticketops.app.port.PortalQueries;
import dev.ticketops.app.port.PortalTicket;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketNumber;
import java.util.List;
import java.util.Optional;

/**
 * The portal's ticket list: open and closed tickets the person may see (the same rule as {@link ListTickets}), with
 * their estimate, time so far and invoice; searched by a number ({@code 12} or {@code #12}) or by text.
 */
public final class SearchTickets {
    public static final int LIMIT = 100;

    public record Query(Caller caller, String search) {
    }

    public record Found(List<PortalTicket> tickets, boolean staffView, boolean truncated, String search) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final PortalQueries queries;

    public SearchTickets(Transactions transactions, TicketAccess access, PortalQueries queries) {
        this.transactions = transactions;
        this.access = access;
        this.queries = queries;
    }

    public Result<Found> execute(Query q) {
        String search = q.search() == null ? "" : q.search().strip();
        if (search.length() > 200) {
            search = search.substring(0, 200);
        }
        String text = search;
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            Optional<TicketNumber> number = TicketNumber.parse(text);
            List<PortalTicket> rows = queries.tickets(ListTickets.visibleTo(p, false, LIMIT + 1),
                    number.isPresent() || text.isEmpty() ? null : text, number.map(TicketNumber::value).orElse(null),
                    null, null, false);
            boolean truncated = rows.size() > LIMIT;
            return Result.ok(new Found(truncated ? rows.subList(0, LIMIT) : rows, p.isStaff(), truncated, text));
        });
    }
}
