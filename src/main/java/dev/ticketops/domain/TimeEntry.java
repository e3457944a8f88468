package dev.ticketops.domain;

import java.time.Instant;

/** Actual time a staff member spent on a ticket. */
public record TimeEntry(long id, TicketNumber ticket, long personId, String personName, WorkDuration duration, String note,
                        Instant loggedAt) {
}
