package dev.ticketops.app;

import dev.ticketops.app.port.PortalQueries;
import dev.ticketops.app.port.PortalTicket;
import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The staff board: every ticket still needing something — new (billable decision and estimate), waiting for
 * approval, approved and unstarted, in progress, closed and not invoiced — filterable by client and by assignee (the
 * staff member who gave the current estimate). Staff only.
 */
public final class ShowBoard {
    /** Rows read at most (the most a ticket query reads); the board says when it may show fewer than there are. */
    public static final int LIMIT = 500;

    public record Query(Caller caller, Long clientId, Long assigneeId) {
    }

    public record Column(TicketStage stage, List<PortalTicket> tickets) {
    }

    public record Board(List<Column> columns, List<Client> clients, List<Person> staff, Long clientId, Long assigneeId,
                        Instant now, boolean truncated) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final PortalQueries queries;
    private final AgencyCalendar calendar;

    public ShowBoard(Transactions transactions, TicketAccess access, PortalQueries queries, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.queries = queries;
        this.calendar = calendar;
    }

    public Result<Board> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            var refusal = TicketPolicy.staffOnly(p, "see the board");
            if (refusal.isPresent()) {
                return refusal.get().toResult();
            }
            List<PortalTicket> rows = queries.tickets(new TicketQuery(null, null, false, LIMIT), null, null,
                    q.clientId(), q.assigneeId(), true);
            boolean truncated = rows.size() >= LIMIT;
            Map<TicketStage, List<PortalTicket>> byStage = new EnumMap<>(TicketStage.class);
            for (PortalTicket t : rows) {
                byStage.computeIfAbsent(t.stage(), s -> new ArrayList<>()).add(t);
            }
            List<Column> columns = new ArrayList<>();
            for (TicketStage s : TicketStage.values()) {
                if (s.onBoard()) {
                    columns.add(new Column(s, byStage.getOrDefault(s, List.of())));
                }
            }
            return Result.ok(new Board(columns, queries.clients(), queries.staff(), q.clientId(), q.assigneeId(),
                    calendar.now(), truncated));
        });
    }
}
