package dev.ticketops.slack;

import java.time.Duration;

/**
 * How Socket Mode keeps its connections: how many at once (Slack recommends several for availability and allows about
 * ten per app), the backoff between failed attempts, how long a new connection may take to say hello, the WebSocket
 * ping interval that notices a dead network, and when an envelope is acknowledged even if its handler is still busy.
 */
public record SocketTiming(int connections, Duration firstRetry, Duration maxRetry, Duration helloWithin,
                           Duration pingEvery, Duration ackWithin) {
    public SocketTiming {
        if (connections < 1 || connections > 10) {
            throw new IllegalArgumentException("Slack allows 1 to 10 Socket Mode connections per app, not " + connections);
        }
        if (ackWithin.compareTo(Duration.ofSeconds(3)) >= 0) {
            throw new IllegalArgumentException("Slack wants the ack within 3 s; ackWithin " + ackWithin + " is too late");
        }
    }

    public static SocketTiming defaults() {
        return new SocketTiming(2, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofMillis(2500));
    }

    /** The wait before attempt number {@code failures + 1}: none for the first, then doubling up to maxRetry. */
    Duration backoff(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long first = firstRetry.toMillis();
        long millis = failures > 30 ? maxRetry.toMillis() : Math.min(maxRetry.toMillis(), first << (failures - 1));
        return Duration.ofMillis(millis);
    }
}
