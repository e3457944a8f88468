package dev.ticketops.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ticketops.app.port.ProcessedRequests;
import dev.ticketops.app.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled jobs, run by db-scheduler on the shared database so that several TicketOps instances run each
 * execution once: digests (checked every minute, sent once per destination and local day), the billing round
 * (overdue marking and reminders), outbox retries, and removal of expired idempotency keys.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** How often each job runs; tests shorten them. */
    public record Intervals(Duration digests, Duration billing, Duration outbox, Duration cleanup, Duration polling) {
        public static Intervals defaults() {
            return new Intervals(Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofHours(6),
                    Duration.ofSeconds(5));
        }
    }

    /** Idempotency keys are kept two days: far longer than Slack's 5-minute replay window or any retry. */
    static final Duration KEEP_REQUEST_KEYS = Duration.ofDays(2);

    private final Scheduler scheduler;

    public Jobs(DataSource dataSource, Transactions tx, ProcessedRequests requests, Clock clock, Intervals every,
                IntSupplier digests, IntSupplier billing, IntSupplier outbox, String instanceName) {
        this(dataSource, tx, requests, clock, every, digests, billing, outbox, () -> 0, instanceName);
    }

    /**
     * {@code supportClock}: the support clock's round (timer reminders, response-target warnings, out-of-hours answers,
     * stale tickets), run as often as the digests.
     */
    public Jobs(DataSource dataSource, Transactions tx, ProcessedRequests requests, Clock clock, Intervals every,
                IntSupplier digests, IntSupplier billing, IntSupplier outbox, IntSupplier supportClock, String instanceName) {
        List<RecurringTask<Void>> tasks = List.of(
                Tasks.recurring("support-clock", Schedules.fixedDelay(every.digests())).execute((inst, ctx) ->
                        log("support-clock", supportClock.getAsInt(), "reminder(s), warning(s) or closure(s)")),
                Tasks.recurring("digests", Schedules.fixedDelay(every.digests())).execute((inst, ctx) ->
                        log("digests", digests.getAsInt(), "digest(s) sent")),
                Tasks.recurring("billing-round", Schedules.fixedDelay(every.billing())).execute((inst, ctx) ->
                        log("billing-round", billing.getAsInt(), "reminder(s) sent")),
                Tasks.recurring("outbox-retry", Schedules.fixedDelay(every.outbox())).execute((inst, ctx) ->
                        log("outbox-retry", outbox.getAsInt(), "message(s) delivered")),
                Tasks.recurring("request-key-cleanup", Schedules.fixedDelay(every.cleanup())).execute((inst, ctx) ->
                        log("request-key-cleanup", tx.inTransaction(() ->
                                requests.purgeOlderThan(clock.instant().minus(KEEP_REQUEST_KEYS))), "expired request key(s) removed")));
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .pollingInterval(every.polling())
                .heartbeatInterval(Duration.ofSeconds(Math.max(1, every.polling().toSeconds())))
                .threads(2)
                .clock(clock::instant)
                .commitWhenAutocommitDisabled(true)
                .alwaysPersistTimestampInUTC()
                // named, not detected: detection asks the database at build time, which may not be there yet
                .jdbcCustomization(new com.github.kagkarlsson.scheduler.jdbc.MariaDBJdbcCustomization(true))
                .schedulerName(new SchedulerName.Fixed(instanceName))
                .shutdownMaxWait(Duration.ofSeconds(2))
                .build();
    }

    private static void log(String job, int count, String what) {
        if (count > 0) {
            LOG.info("{}: {} {}", job, count, what);
        }
    }

    private boolean started;
    private boolean closed;

    /** Starts the scheduler (it needs the schema: call it once the database is ready). */
    public synchronized Jobs start() {
        if (!started && !closed) {
            started = true;
            scheduler.start();
        }
        return this;
    }

    /** While the database is away the scheduler rests instead of failing (and logging) every poll. */
    public synchronized void databaseAvailable(boolean available) {
        if (!started || closed) {
            return;
        }
        if (available) {
            scheduler.resume();
        } else {
            scheduler.pause();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (started) {
            scheduler.stop();
        }
    }
}
