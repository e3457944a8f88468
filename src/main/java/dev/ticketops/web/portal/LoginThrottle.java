package dev.ticketops.web.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in attempts per client address: at most {@code max} in a sliding {@code window}; more are answered 429 without
 * looking the link up. Kept in this instance's memory (a guessing attacker spread over several instances gets each
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

    /** Counts an attempt from {@code address}; how long to wait when it is one too many, else zero. */
    public Duration attempt(String address) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_ADDRESSES) {
            attempts.entrySet().removeIf(e -> e.getValue().isEmpty() || !e.getValue().peekLast().plus(window).isAfter(now));
        }
        Deque<Instant> q = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (q) {
            while (!q.isEmpty() && !q.peekFirst().plus(window).isAfter(now)) {
                q.pollFirst();
            }
            if (q.size() >= max) {
                return Duration.between(now, q.peekFirst().plus(window));
            }
            q.addLast(now);
            return Duration.ZERO;
        }
    }

    public int max() {
        return max;
    }
}
