package dev.ticketops.app.port;

import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStage;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;
import java.util.Optional;

/** One ticket row of the portal: the list line plus its current estimate (and who gave it when) and its invoice. */
public record PortalTicket(TicketNumber number, String title, TicketStatus status, boolean billable, boolean urgent,
                           long clientId, String clientName, long totalMinutes, Instant openedAt,
                           Optional<EstimateRange> estimate, Optional<Instant> estimatedAt, Optional<String> estimator,
                           Optional<String> invoice) {
    public TicketStage stage() {
        return TicketStage.of(status, billable, totalMinutes, invoice.isPresent());
    }
}
