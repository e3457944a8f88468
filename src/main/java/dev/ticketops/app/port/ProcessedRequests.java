package dev.ticketops.app.port;

import java.time.Instant;
import java.util.Optional;

/** Request keys already acted on, with the answer given the first time. */
public interface ProcessedRequests {
    /**
     * Records the key with the answer given, inside the current transaction. False when the key was recorded before —
     * a concurrent recording waits for the other transaction to finish first — and the caller must then roll back.
     */
    boolean record(String keyHash, String response, Instant now);

    Optional<String> response(String keyHash);

    /** Forgets keys older than {@code before}; returns how many. */
    int purgeOlderThan(Instant before);
}
