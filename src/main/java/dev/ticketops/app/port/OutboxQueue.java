package dev.ticketops.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery side of the outbox, used by the sender job inside a transaction. */
public interface OutboxQueue {
    /** Messages due now, oldest first, locked so that other instances skip them until this transaction ends. */
    List<PendingMessage> lockDue(Instant now, int limit);

    void markSent(long id, String externalId, Instant now);

    /** Records a failed attempt; {@code giveUp} marks it failed for good. */
    void markRetry(long id, String error, Instant nextAttempt, boolean giveUp);

    long backlog();

    Optional<Instant> oldestPending();
}
