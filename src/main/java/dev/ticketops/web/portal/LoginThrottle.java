package dev.ticketops.web.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-in attempts per client address (unknown, used or expired links): after {@code max} in a sliding
 * {@code window}, every attempt from that address is answered 429 without looking the link up, until the oldest
 * failure leaves the window. Successful sign-ins do not count, so an office behind one address is not locked out. Kept in this instance's memory (a guessing attacker spread over several instances gets each
 * instance's allowance; a link's 256 random bits make guessing hopeless either way — this stops the hammering).
 */
public final class LoginThrottle {
    public static final int DEFAULT_MAX = 10;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 10_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** How long {@code address} must wait before its next attempt; zero when it may try now. */
    public Duration blocked(String address) {
        Deque<Instant> q = attempts.get(address);
        if (q == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (q) {
            expire(q, now);
            return q.size() >= max ? Duration.between(now, q.peekFirst().plus(window)) : Duration.ZERO;
        }
    }

    /** Counts a failed attempt from {@code address}. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_ADDRESSES) {
            attempts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().plus(window).isAfter(now);
                }
            });
        }
        Deque<Instant> q = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (q) {
            expire(q, now);
            q.addLast(now);
        }
    }

    private void expire(Deque<Instant> q, Instant now) {
        while (!q.isEmpty() && !q.peekFirst().plus(window).isAfter(now)) {
            q.pollFirst();
        }
    }

    public int max() {
        return max;
    }
}
