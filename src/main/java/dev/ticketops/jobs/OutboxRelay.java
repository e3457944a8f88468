package dev.ticketops.jobs;

import dev.ticketops.app.port.OutboxQueue;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.chat.Cards;
import dev.ticketops.chat.DeliveryException;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.domain.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox messages after the transaction that wrote them has committed. A message is claimed with a lease
 * (so a second instance skips it), sent, then marked sent; a failure is retried later with backoff, honouring the
 * platform's Retry-After. An instance that dies mid-send leaves a lease that runs out, and the message is sent then.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 100;
    static final int BATCH = 20;

    private final Transactions tx;
    private final OutboxQueue queue;
    private final Map<Platform, MessageSender> senders;
    private final Clock clock;
    private final Duration pollEvery;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public OutboxRelay(Transactions tx, OutboxQueue queue, Map<Platform, MessageSender> senders, Clock clock,
                       Duration pollEvery, Duration firstRetry, Duration maxRetry) {
        this.tx = tx;
        this.queue = queue;
        this.senders = senders.isEmpty() ? Map.of() : new EnumMap<>(senders);
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
    }

    public OutboxRelay start() {
        if (!senders.isEmpty() && !pollEvery.isZero() && !pollEvery.isNegative()) {
            scheduler.scheduleWithFixedDelay(this::drainQuietly, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Asks for a delivery round soon (after a change wrote messages), without waiting for the next poll. */
    public void wake() {
        if (!senders.isEmpty() && !scheduler.isShutdown()) {
            scheduler.execute(this::drainQuietly);
        }
    }

    private void drainQuietly() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                drain();
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery round failed: {}", e.toString());
        } finally {
            draining.set(false);
        }
    }

    /** One delivery round: sends every due message it can claim; returns how many were sent. */
    public int drain() {
        int sent = 0;
        while (true) {
            List<PendingMessage> batch = tx.inTransaction(() -> {
                List<PendingMessage> due = queue.lockDue(clock.instant(), BATCH, senders.keySet());
                due.forEach(m -> queue.claim(m.id(), clock.instant().plus(LEASE)));
                return due;
            });
            if (batch.isEmpty()) {
                return sent;
            }
            for (PendingMessage m : batch) {
                if (deliver(m)) {
                    sent++;
                }
            }
            if (batch.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean deliver(PendingMessage m) {
        MessageSender sender = senders.get(m.destination().platform());
        try {
            String externalId = sender.send(m.destination(), Cards.notice(m.notice()));
            tx.inTransaction(() -> {
                queue.markSent(m.id(), externalId, clock.instant());
                return null;
            });
            return true;
        } catch (DeliveryException e) {
            int attempt = m.attempts() + 1;
            // A refusal (revoked token, bot not in the channel) is retried too, slowly, until someone fixes the cause:
            // a message that must arrive is only given up after MAX_ATTEMPTS (about a day).
            boolean giveUp = attempt >= MAX_ATTEMPTS;
            Duration wait = e.retryable() ? backoff(attempt) : maxRetry;
            if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(wait) > 0) {
                wait = e.retryAfter().get();
            }
            Duration delay = wait;
            tx.inTransaction(() -> {
                queue.markRetry(m.id(), e.getMessage(), clock.instant().plus(delay), giveUp);
                return null;
            });
            if (giveUp) {
                LOG.error("outbox message {} ({} for ticket {}) to {} given up after {} attempts: {}", m.id(),
                        m.notice().kind(), m.notice().ticket(), m.destination().platform(), attempt, e.getMessage());
            } else if (!e.retryable()) {
                LOG.error("outbox message {} ({} for ticket {}) refused by {} (attempt {}): {} — fix the cause (token, scopes,"
                                + " invite the bot to the channel); it is retried every {}s", m.id(), m.notice().kind(),
                        m.notice().ticket(), m.destination().platform(), attempt, e.getMessage(), delay.toSeconds());
            } else {
                LOG.warn("outbox message {} not delivered (attempt {}), next try in {}s: {}", m.id(), attempt,
                        delay.toSeconds(), e.getMessage());
            }
            return false;
        } catch (RuntimeException e) {
            LOG.error("outbox message {} could not be rendered or sent", m.id(), e);
            tx.inTransaction(() -> {
                queue.markRetry(m.id(), e.toString(), clock.instant().plus(maxRetry), m.attempts() + 1 >= MAX_ATTEMPTS);
                return null;
            });
            return false;
        }
    }

    Duration backoff(int attempt) {
        long ms = firstRetry.toMillis() * (1L << Math.min(attempt - 1, 20));
        return Duration.ofMillis(Math.min(ms, maxRetry.toMillis()));
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
