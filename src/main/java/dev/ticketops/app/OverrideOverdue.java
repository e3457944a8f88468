package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Overruns;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;

/** Staff let one ticket continue while its client has an overdue invoice; the reason is audited. */
public final class OverrideOverdue {
    public record Command(Caller caller, TicketNumber ticket, String reason) implements UseCaseCommand {
    }

    public record Overridden(Ticket ticket, String reason) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Overruns overruns;
    private final Audit audit;
    private final AgencyCalendar calendar;

    public OverrideOverdue(Transactions transactions, TicketAccess access, Overruns overruns, Audit audit,
                           AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.overruns = overruns;
        this.audit = audit;
        this.calendar = calendar;
    }

    public Result<Overridden> execute(Command c) {
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty()) {
            return Result.refused("An override needs a reason; it is kept in the ticket's history.", Hint.usage("Usage: ", Action.OVERRIDE_OVERDUE, ""));
        }
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "override the overdue pause");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            var found = access.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            String clipped = Text.clip(dev.ticketops.domain.CredentialScanner.redact(reason).text(), 1000);
            overruns.override(t.number(), clipped, p.id(), calendar.now());
            audit.record(t, p, "OVERDUE_OVERRIDE", clipped);
            return Result.ok(new Overridden(t, clipped));
        });
    }
}
