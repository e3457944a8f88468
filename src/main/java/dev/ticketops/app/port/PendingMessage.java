package dev.ticketops.app.port;

import java.time.Instant;

/** An outbox message waiting to be delivered. */
public record PendingMessage(long id, Destination destination, Notice notice, int attempts, Instant createdAt) {
}
