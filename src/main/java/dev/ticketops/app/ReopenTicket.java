package dev.ticketops.app;

import dev.ticketops.app.port.Notice;

import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import java.util.Optional;

/** Staff reopen a closed ticket; it returns to where its estimate left it. */
public final class ReopenTicket {
    public record Command(Caller caller, TicketNumber ticket) implements UseCaseCommand {
    }

    public record Reopened(TicketDetails ticket) {
    }

    private final TicketAccess access;
    private final Invoices invoices;
    private final Estimates estimates;
    private final Tickets tickets;
    private final TicketDetailsQuery details;
    private final Audit audit;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;

    public ReopenTicket(TicketAccess access, Invoices invoices, Estimates estimates, Tickets tickets,
                        TicketDetailsQuery details, Audit audit, AgencyCalendar calendar,
            TicketThreadNotices threads) {
        this.access = access;
        this.invoices = invoices;
        this.estimates = estimates;
        this.tickets = tickets;
        this.details = details;
        this.audit = audit;
        this.calendar = calendar;
        this.threads = threads;
    }

    public Result<Reopened> execute(Command c) {
        return access.change(c.caller(), c.ticket(), TicketPolicy::mayReopen, (p, t) -> {
            var invoiced = invoices.invoiceOf(t.number());
            if (invoiced.isPresent()) {
                return Result.refused(t.number() + " was billed on invoice " + invoiced.get() + ", so its record is final.",
                        Hint.run("Open a new ticket for the further work: ", Suggestion.of(Action.OPEN_TICKET), "."));
            }
            Optional<Estimate> estimate = estimates.current(t.number());
            TicketStatus status = !t.billable() || estimate.isEmpty() ? TicketStatus.NEW : switch (estimate.get().status()) {
                case APPROVED -> TicketStatus.APPROVED;
                case PENDING -> TicketStatus.ESTIMATED;
                case DECLINED -> TicketStatus.DECLINED;
                case SUPERSEDED -> TicketStatus.NEW;
            };
            Ticket reopened = t.reopened(status);
            tickets.update(reopened, calendar.now());
            audit.record(t, p, "REOPENED", status.label());
            threads.post(reopened, new Notice.TicketReopened(reopened.number(), reopened.title()));
            threads.cardChanged(reopened);
            return Result.ok(new Reopened(details.of(reopened)));
        });
    }
}
