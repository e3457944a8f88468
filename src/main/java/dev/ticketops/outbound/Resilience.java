package dev.ticketops.outbound;

import dev.ticketops.app.port.DeliveryException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The policies every outbound call to a chat platform goes through, inside its adapter: a per-destination rate
 * limiter, a circuit breaker for the platform, and a short retry with exponential backoff that waits as long as a
 * 429's Retry-After asks. Longer outages are the outbox's business: it tries again later.
 */
public final class Resilience {
    /** Tunables; tests shorten the waits. */
    public record Settings(int attempts, Duration firstBackoff, Duration maxWait, double perDestinationPerSecond,
                           Duration openCircuitFor) {
        public static Settings defaults() {
            return new Settings(3, Duration.ofMillis(500), Duration.ofSeconds(10), 1.0, Duration.ofSeconds(30));
        }
    }

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RateLimiterRegistry limiters;
    private final Settings settings;

    public Resilience(String platform, Settings s) {
        this(platform, s, CircuitBreakerRegistry.ofDefaults());
    }

    /** {@code breakers} is where the circuit breaker is registered, so metrics can report its state. */
    public Resilience(String platform, Settings s, CircuitBreakerRegistry breakers) {
        this.settings = s;
        this.retry = Retry.of(platform, RetryConfig.<Object>custom()
                .maxAttempts(s.attempts())
                .retryOnException(e -> e instanceof DeliveryException d && d.retryable()
                        && d.retryAfter().map(w -> w.compareTo(s.maxWait()) <= 0).orElse(true))
                .intervalBiFunction((attempt, outcome) -> {
                    long backoff = s.firstBackoff().toMillis() * (1L << Math.min(attempt - 1, 10));
                    if (outcome.isLeft() && outcome.getLeft() instanceof DeliveryException d && d.retryAfter().isPresent()) {
                        backoff = Math.max(backoff, d.retryAfter().get().toMillis());
                    }
                    return Math.min(backoff, s.maxWait().toMillis());
                })
                .build());
        this.breaker = breakers.circuitBreaker(platform, CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(s.openCircuitFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                // a refusal such as "channel not found" is the caller's problem, not the platform being down
                .recordException(e -> !(e instanceof DeliveryException d) || d.retryable())
                .build());
        double rate = s.perDestinationPerSecond();
        int perPeriod = Math.max(1, (int) Math.round(rate >= 1 ? rate : 1));
        Duration period = rate >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / rate));
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(perPeriod)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ofSeconds(5))
                .build());
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** Runs {@code call} for {@code destination} (a channel, or null for calls that are not per channel). */
    public <T> T call(String destination, Callable<T> call) throws DeliveryException {
        return run(destination, call, true);
    }

    /**
     * Like {@link #call} but never retried here: for a call that creates something, whose failed answer may hide work
     * done (a 502 after the record was made) — the caller's queue retries it after looking for what exists.
     */
    public <T> T callOnce(String destination, Callable<T> call) throws DeliveryException {
        return run(destination, call, false);
    }

    private <T> T run(String destination, Callable<T> call, boolean retried) throws DeliveryException {
        Callable<T> limited = destination == null ? call
                : RateLimiter.decorateCallable(limiters.rateLimiter(destination), call);
        Callable<T> guarded = CircuitBreaker.decorateCallable(breaker, limited);
        try {
            return retried ? Retry.decorateCallable(retry, guarded).call() : guarded.call();
        } catch (DeliveryException e) {
            throw e;
        } catch (CallNotPermittedException e) {
            throw new DeliveryException("the " + breaker.getName() + " circuit is open after repeated failures", true,
                    settings.openCircuitFor(), e);
        } catch (RequestNotPermitted e) {
            throw new DeliveryException("rate limit for " + destination + " reached", true, Duration.ofSeconds(1), e);
        } catch (Exception e) {
            throw new DeliveryException(e.toString(), true, null, e);
        }
    }
}
