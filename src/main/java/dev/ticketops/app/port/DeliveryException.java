package dev.ticketops.app.port;

import java.time.Duration;
import java.util.Optional;

/** A message could not be delivered. Retryable failures (outage, rate limit) are tried again later. */
public final class DeliveryException extends Exception {
    private final boolean retryable;
    private final Duration retryAfter;

    public DeliveryException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException retryable(String message, Duration retryAfter) {
        return new DeliveryException(message, true, retryAfter, null);
    }

    public static DeliveryException permanent(String message) {
        return new DeliveryException(message, false, null, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long the platform asked us to wait (HTTP 429 Retry-After), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
