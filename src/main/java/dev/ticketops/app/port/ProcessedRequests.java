package dev.ticketops.app.port;

import java.time.Instant;
import java.util.Optional;

/** Request keys already acted on, with the answer given the first time. */
public interface ProcessedRequests {
    /**
     * Claims the key inside the current transaction. False when it was claimed before; a concurrent claim waits for
     * the other transaction to finish first.
     */
    boolean claim(String keyHash, Instant now);

    Optional<String> response(String keyHash);

    void complete(String keyHash, String response);

    /** Forgets keys older than {@code before}; returns how many. */
    int purgeOlderThan(Instant before);
}
