package dev.ticketops.app;

import dev.ticketops.app.port.PortalQueries;
import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketStage;
import java.util.Optional;

/**
 * A ticket's portal page: what {@link ShowTicket} shows the person (same visibility), with where it stands and the
 * invoice that billed it.
 */
public final class ShowTicketPage {
    /** {@code conversation}: the ticket's last messages as {@link ShowTicket} shows them to this person. */
    public record Page(TicketDetails details, TicketStage stage, Optional<String> invoice, ShowTicket.Shown conversation) {
    }

    private final Transactions transactions;
    private final ShowTicket showTicket;
    private final PortalQueries queries;

    public ShowTicketPage(Transactions transactions, ShowTicket showTicket, PortalQueries queries) {
        this.transactions = transactions;
        this.showTicket = showTicket;
        this.queries = queries;
    }

    public Result<Page> execute(ShowTicket.Query q) {
        return transactions.inTransaction(() -> {
            Result<ShowTicket.Shown> shown = showTicket.execute(q);
            if (shown instanceof Result.Refused<ShowTicket.Shown> r) {
                return r.as();
            }
            TicketDetails d = shown.orElseThrow().details();
            var row = queries.tickets(new TicketQuery(null, null, false, 1), null, d.ticket().number().value(), null, null,
                    false).stream().findFirst().orElseThrow();
            return Result.ok(new Page(d, row.stage(), row.invoice(), shown.orElseThrow()));
        });
    }
}
