package dev.ticketops.domain;

import java.time.Instant;

/** One line of a ticket's audit trail: who did what, where, when. */
public record TicketEvent(TicketNumber ticket, Long actorId, String actorName, Platform platform, String kind, String detail,
                          Instant occurredAt) {
}
