package dev.ticketops.app;

import dev.ticketops.app.port.Overruns;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;

/** The client approves (or declines) time beyond the approved estimate; only approved time is invoiced. */
public final class DecideOverrun {
    public record Command(Caller caller, TicketNumber ticket, long requestId, Decision decision) implements UseCaseCommand {
    }

    public record Decided(Ticket ticket, Overruns.Request request, Decision decision, String by, boolean changed) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Tickets tickets;
    private final Overruns overruns;
    private final Audit audit;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;

    public DecideOverrun(Transactions transactions, TicketAccess access, Tickets tickets, Overruns overruns, Audit audit,
                         AgencyCalendar calendar,
            TicketThreadNotices threads) {
        this.transactions = transactions;
        this.access = access;
        this.tickets = tickets;
        this.overruns = overruns;
        this.audit = audit;
        this.calendar = calendar;
        this.threads = threads;
    }

    public Result<Decided> execute(Command c) {
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var ticket = tickets.lock(c.ticket());
            var request = overruns.lock(c.requestId()).filter(r -> r.ticket().equals(c.ticket()));
            if (ticket.isEmpty() || request.isEmpty()) {
                return Result.refused("That request for extra time does not exist.", Hint.run("See the ticket with ", Suggestion.of(Action.SHOW_TICKET, c.ticket()), "."));
            }
            Ticket t = ticket.get();
            // like an estimate, extra time is the client's to approve — even after the ticket was closed
            if (p.isStaff() || !TicketPolicy.isClientContact(p, t)) {
                return TicketPolicy.mayDecide(p, t).orElseThrow().toResult();
            }
            Overruns.Request r = request.get();
            if (!r.status().equals("PENDING")) {
                return Result.ok(new Decided(t, r, Decision.valueOf(r.status()), p.displayName(), false));
            }
            String status = c.decision().name();
            overruns.decide(r.id(), status, p.id(), calendar.now());
            audit.record(t, p, c.decision() == Decision.APPROVED ? "OVERRUN_APPROVED" : "OVERRUN_DECLINED", Hours.words(r.minutes()));
            threads.cardChanged(t);
            return Result.ok(new Decided(t, r, c.decision(), p.displayName(), true));
        });
    }
}
