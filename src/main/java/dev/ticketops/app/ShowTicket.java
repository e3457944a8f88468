package dev.ticketops.app;

import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;

/** A ticket with its estimate, approval, time entries and history, for whoever may see it. */
public final class ShowTicket {
    public record Query(Caller caller, TicketNumber ticket) implements UseCaseCommand {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final TicketDetailsQuery details;

    public ShowTicket(Transactions transactions, TicketAccess access, TicketDetailsQuery details) {
        this.transactions = transactions;
        this.access = access;
        this.details = details;
    }

    public Result<TicketDetails> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            Result<Ticket> found = access.findVisible(p, q.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            return Result.ok(details.of(found.orElseThrow()));
        });
    }
}
