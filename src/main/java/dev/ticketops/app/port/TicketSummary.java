package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;

/** One line of a ticket list. */
public record TicketSummary(TicketNumber number, String title, TicketStatus status, boolean billable, boolean urgent,
                            String clientName, long totalMinutes, Instant openedAt) {
}
