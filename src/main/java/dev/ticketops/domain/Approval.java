package dev.ticketops.domain;

import java.time.Instant;

/** A client's written decision on an estimate: who, when, on which platform. */
public record Approval(long estimateId, TicketNumber ticket, Decision decision, long decidedBy, String decidedByName,
                       Platform platform, Instant decidedAt) {
}
