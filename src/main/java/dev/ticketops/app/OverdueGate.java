package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Overruns;
import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Refusal;
import dev.ticketops.domain.Ticket;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Work on a ticket pauses while its client has an overdue invoice, unless staff overrode it for this ticket. */
public final class OverdueGate {
    private final Invoices invoices;
    private final Overruns overruns;
    private final AgencyCalendar calendar;

    public OverdueGate(Invoices invoices, Overruns overruns, AgencyCalendar calendar) {
        this.invoices = invoices;
        this.overruns = overruns;
        this.calendar = calendar;
    }

    /** The refusal of {@code action} on the ticket while the pause holds; empty when work may go on. */
    public Optional<Refusal> block(Ticket t, String action) {
        LocalDate today = calendar.today();
        var overdue = invoices.oldestOverdue(t.clientId(), today);
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        return BillingPolicy.overdueBlocks(List.of(overdue.get()), today, action, overruns.overridden(t.number()));
    }
}
