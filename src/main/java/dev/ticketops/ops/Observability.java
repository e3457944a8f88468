package dev.ticketops.ops;

import com.zaxxer.hikari.HikariDataSource;
import dev.ticketops.app.port.OutboxQueue;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.web.RouteModule;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics in Prometheus format at {@code GET /metrics} — requests per platform, command and outcome, the ack latency
 * histogram, outbox backlog and oldest age, circuit-breaker states, the DB pool — and one log line per request with
 * platform, command, ticket, outcome and latency (never the command's text, which may hold what a person typed).
 */
public final class Observability implements RouteModule {
    private static final Logger REQUESTS = LoggerFactory.getLogger("ticketops.requests");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Meters are looked up once per label set, not built on every request. */
    private final java.util.concurrent.ConcurrentMap<String, Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReference<Backlog> backlog = new AtomicReference<>(new Backlog(0, 0, Instant.EPOCH));
    private final Clock clock;
    private Transactions tx;
    private OutboxQueue outbox;

    private record Backlog(long count, double oldestSeconds, Instant readAt) {
    }

    public Observability(Clock clock) {
        this.clock = clock;
        new JvmMemoryMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Outbox backlog gauges, read from the database at most once a second. */
    public Observability watchOutbox(Transactions tx, OutboxQueue outbox) {
        this.tx = tx;
        this.outbox = outbox;
        Gauge.builder("ticketops_outbox_backlog", this, o -> o.backlog().count())
                .description("Messages waiting to be delivered").register(registry);
        Gauge.builder("ticketops_outbox_oldest_age_seconds", this, o -> o.backlog().oldestSeconds())
                .description("Age of the oldest undelivered message").register(registry);
        return this;
    }

    public Observability watchPool(HikariDataSource pool) {
        pool.setMetricRegistry(registry);
        return this;
    }

    public Observability watchCircuitBreakers(CircuitBreakerRegistry breakers) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
        return this;
    }

    private Backlog backlog() {
        Backlog b = backlog.get();
        Instant now = clock.instant();
        if (outbox != null && Duration.between(b.readAt(), now).toMillis() > 1000) {
            try {
                b = tx.inTransaction(() -> new Backlog(outbox.backlog(),
                        outbox.oldestPending().map(o -> Math.max(0, Duration.between(o, now).toMillis() / 1000.0)).orElse(0.0), now));
                backlog.set(b);
            } catch (RuntimeException e) {
                // the database is down: keep the last reading; /health reports the outage
            }
        }
        return b;
    }

    /** A gauge with one tag, read from {@code value} when scraped. */
    public void gauge(String name, String description, String tag, String tagValue, java.util.function.Supplier<Number> value) {
        Gauge.builder(name, value, v -> v.get().doubleValue()).description(description).tag(tag, tagValue).register(registry);
    }

    /** Adds one to a counter with one tag. */
    public void count(String name, String description, String tag, String tagValue) {
        counters.computeIfAbsent(name + '\u0000' + tagValue, k -> Counter.builder(name).description(description).tag(tag, tagValue)
                .register(registry)).increment();
    }

    /** Counts and logs one handled request. {@code ticket} may be null. */
    public void request(String platform, String command, Object ticket, String outcome, long nanos) {
        String cmd = command == null || command.isBlank() ? "-" : command.toLowerCase(Locale.ROOT);
        counters.computeIfAbsent(platform + '\u0000' + cmd + '\u0000' + outcome, k -> Counter.builder("ticketops_requests_total")
                .description("Chat requests handled").tag("platform", platform).tag("command", cmd).tag("outcome", outcome)
                .register(registry)).increment();
        timers.computeIfAbsent(platform, k -> Timer.builder("ticketops_ack_latency").description("Time from request to acknowledgement")
                .tag("platform", platform).publishPercentileHistogram().serviceLevelObjectives(
                        Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(3))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
        REQUESTS.atInfo().addKeyValue("platform", platform).addKeyValue("command", cmd)
                .addKeyValue("ticket", ticket == null ? "-" : ticket.toString()).addKeyValue("outcome", outcome)
                .addKeyValue("latency_ms", String.format(Locale.ROOT, "%.1f", nanos / 1e6))
                .log("request platform={} command={} ticket={} outcome={} latency_ms={}", platform, cmd,
                        ticket == null ? "-" : ticket, outcome, String.format(Locale.ROOT, "%.1f", nanos / 1e6));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
    }
}
