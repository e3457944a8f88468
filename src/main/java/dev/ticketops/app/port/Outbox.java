package dev.ticketops.app.port;

import java.time.Instant;

/** Messages to send, written in the transaction of the change that causes them and delivered after commit. */
public interface Outbox {
    void enqueue(Destination destination, Notice notice, Instant now);

    /**
     * Coalesced: when a message of the same kind for the same ticket and destination still waits to be sent (not
     * claimed by a sender), its notice is replaced by this one; otherwise this one is queued, due at {@code notBefore}.
     * So a ticket's card is edited at most once per such delay, and always to its newest state.
     */
    void enqueueLatest(Destination destination, Notice notice, Instant now, Instant notBefore);
}
