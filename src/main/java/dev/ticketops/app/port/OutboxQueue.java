package dev.ticketops.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.ticketops.domain.Platform;

/** The delivery side of the outbox, used by the sender job inside a transaction. */
public interface OutboxQueue {
    /**
     * Messages for {@code platforms} due now — new ones, retries whose time has come, and claims whose lease ran out
     * (an instance died while sending) — oldest first, locked so other instances skip them until this transaction ends.
     */
    List<PendingMessage> lockDue(Instant now, int limit, Set<Platform> platforms);

    /**
     * Marks a locked message as being sent by the holder of {@code token} until {@code leaseUntil}; after that another
     * sender may claim it.
     */
    void claim(long id, String token, Instant leaseUntil);

    /** Records the delivery; false when the claim was lost (the lease ran out and someone else claimed it). */
    boolean markSent(long id, String token, String externalId, Instant now);

    /** Records a failed attempt; {@code giveUp} marks it failed for good. False when the claim was lost. */
    boolean markRetry(long id, String token, String error, Instant nextAttempt, boolean giveUp);

    long backlog();

    Optional<Instant> oldestPending();
}
