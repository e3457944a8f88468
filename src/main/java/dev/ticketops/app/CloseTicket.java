package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import java.util.Set;

/** Staff close a ticket with a summary of the work; with the total time it is the official billing record. */
public final class CloseTicket {
    public record Command(Caller caller, TicketNumber ticket, String summary) implements UseCaseCommand {
    }

    public record Closed(TicketDetails ticket, Set<String> redactions) {
        public String record() {
            return "Work completed:\n" + ticket.ticket().closeSummary() + "\n\nTime spent: " + Hours.words(ticket.totalMinutes());
        }
    }

    private final TicketAccess access;
    private final Tickets tickets;
    private final TicketDetailsQuery details;
    private final Audit audit;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;

    public CloseTicket(TicketAccess access, Tickets tickets, TicketDetailsQuery details, Audit audit, Outbox outbox,
                       AgencyCalendar calendar,
            TicketThreadNotices threads) {
        this.access = access;
        this.tickets = tickets;
        this.details = details;
        this.audit = audit;
        this.outbox = outbox;
        this.calendar = calendar;
        this.threads = threads;
    }

    public Result<Closed> execute(Command c) {
        String summary = c.summary() == null ? "" : c.summary().strip();
        if (summary.isEmpty()) {
            return Result.refused("Closing a ticket needs a summary of the work completed.",
                    Hint.usage("Usage: ", Action.CLOSE_TICKET, " — the summary and total time are the billing record."));
        }
        if (Text.length(summary) > Ticket.SUMMARY_MAX) {
            return Result.refused("The summary is longer than " + Ticket.SUMMARY_MAX + " characters.", "Shorten it to the essentials.");
        }
        return access.change(c.caller(), c.ticket(), TicketPolicy::mayClose, (p, t) -> {
            var s = CredentialScanner.redact(summary);
            Ticket closed = t.closed(calendar.now(), Text.clip(s.text(), Ticket.SUMMARY_MAX));
            tickets.update(closed, calendar.now());
            TicketDetails details = this.details.of(closed);
            audit.record(t, p, "CLOSED", "time spent " + Hours.words(details.totalMinutes()));
            threads.broadcast(closed, new Notice.TicketClosed(t.number(),
                    t.title(), closed.closeSummary(), details.totalMinutes(), p.displayName()));
            threads.cardChanged(closed);
            return Result.ok(new Closed(details, s.kinds()));
        });
    }
}
