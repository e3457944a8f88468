package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import java.util.Set;

/** Staff close a ticket with a summary of the work; with the total time it is the official billing record. */
public final class CloseTicket {
    public record Command(Caller caller, TicketNumber ticket, String summary) {
    }

    public record Closed(TicketDetails ticket, Set<String> redactions) {
        public String record() {
            return "Work completed:\n" + ticket.ticket().closeSummary() + "\n\nTime spent: " + Hours.words(ticket.totalMinutes());
        }
    }

    private final Context ctx;

    public CloseTicket(Context ctx) {
        this.ctx = ctx;
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
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var found = ctx.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            var refusal = TicketPolicy.mayClose(p, t);
            if (refusal.isPresent()) {
                return Context.refuse(refusal);
            }
            var s = CredentialScanner.redact(summary);
            Ticket closed = t.closed(ctx.now(), Text.clip(s.text(), Ticket.SUMMARY_MAX));
            ctx.stores().tickets().update(closed, ctx.now());
            TicketDetails details = ctx.details(closed);
            ctx.audit(t, p, "CLOSED", "time spent " + Hours.words(details.totalMinutes()));
            ctx.stores().outbox().enqueue(Destination.channel(t.origin()), new Notice.TicketClosed(t.number(),
                    t.title(), closed.closeSummary(), details.totalMinutes(), p.displayName()), ctx.now());
            return Result.ok(new Closed(details, s.kinds()));
        });
    }
}
