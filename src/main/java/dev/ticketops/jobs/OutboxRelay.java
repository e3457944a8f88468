package dev.ticketops.jobs;

import dev.ticketops.app.port.OutboxQueue;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.app.port.TicketThreads;
import dev.ticketops.chat.NoticeCards;
import dev.ticketops.chat.Reply;
import java.util.Optional;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.domain.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox messages after the transaction that wrote them has committed. A message is claimed with a lease
 * (so a second instance skips it), sent, then marked sent; a failure is retried later with backoff, honouring the
 * platform's Retry-After. An instance that dies mid-send leaves a lease that runs out, and the message is sent then.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    /** Far longer than the longest send: three attempts of a 10 s HTTP call after a 5 s rate-limit wait, plus backoff. */
    static final Duration LEASE = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 100;

    private final Transactions tx;
    private final OutboxQueue queue;
    private final TicketThreads threads;
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
        this(tx, queue, null, senders, clock, pollEvery, firstRetry, maxRetry);
    }

    /** {@code threads}: where tickets' threads are, for messages addressed to one (null: they go to the channel). */
    public OutboxRelay(Transactions tx, OutboxQueue queue, TicketThreads threads, Map<Platform, MessageSender> senders,
                       Clock clock, Duration pollEvery, Duration firstRetry, Duration maxRetry) {
        this.tx = tx;
        this.queue = queue;
        this.threads = threads;
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
        try {
            drain();
        } catch (dev.ticketops.app.port.StoreUnavailable e) {
            // the database watch logs the outage once a minute; the messages wait in the outbox meanwhile
            LOG.debug("outbox delivery round skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery round failed: {}", e.toString());
        }
    }

    /**
     * One delivery round: claims the oldest due message, sends it, records the outcome, and goes on until nothing is
     * due; returns how many were sent. One round at a time per instance (a concurrent call returns 0 and asks the
     * running round to look again); several instances share the work through the database.
     */
    public int drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        try {
            int sent = 0;
            do {
                again.set(false);
                sent += drainRound();
            } while (again.get());
            return sent;
        } finally {
            draining.set(false);
        }
    }

    private int drainRound() {
        int sent = 0;
        while (true) {
            // Claimed one at a time, just before sending, with a lease far longer than a send can take (retries and
            // rate-limit waits included), so no other sender can pick it up meanwhile.
            String token = UUID.randomUUID().toString();
            List<PendingMessage> claimed = tx.inTransaction(() -> {
                List<PendingMessage> due = queue.lockDue(clock.instant(), 1, senders.keySet());
                due.forEach(m -> queue.claim(m.id(), token, clock.instant().plus(LEASE)));
                return due;
            });
            if (claimed.isEmpty()) {
                return sent;
            }
            if (deliver(claimed.get(0), token)) {
                sent++;
            }
        }
    }

    /** What a delivery did: the platform's id of the message, and the thread it started (if it started one). */
    private record Sent(String externalId, ThreadRef started) {
    }

    private boolean deliver(PendingMessage m, String token) {
        MessageSender sender = senders.get(m.destination().platform());
        String externalId;
        ThreadRef started;
        try {
            Sent sent = send(sender, m);
            externalId = sent.externalId();
            started = sent.started();
        } catch (DeliveryException e) {
            failed(m, token, e);
            return false;
        } catch (RuntimeException e) {
            LOG.error("outbox message {} could not be rendered or sent", m.id(), e);
            record(m, () -> queue.markRetry(m.id(), token, e.toString(), clock.instant().plus(maxRetry),
                    m.attempts() + 1 >= MAX_ATTEMPTS));
            return false;
        }
        // Sent: if recording that fails (the database is down), the lease runs out and the message goes again — the one
        // way a message can arrive twice, which beats losing it.
        TicketThread thread = m.destination().thread();
        record(m, () -> {
            if (started != null) {
                threads.started(thread.ticket(), thread.side(), started, clock.instant());
            }
            return queue.markSent(m.id(), token, externalId, clock.instant());
        });
        return true;
    }

    /**
     * Sends one message. One addressed to a ticket's thread finds the thread now (the card that starts it was sent
     * before: a ticket's messages go in order): it starts the thread, posts into it, or edits its root card. A ticket
     * without a thread (opened before threads) gets its messages in the channel, and no root card edit.
     */
    private Sent send(MessageSender sender, PendingMessage m) throws DeliveryException {
        Destination d = m.destination();
        Reply reply = NoticeCards.notice(m.notice(), sender.syntax());
        TicketThread thread = d.thread();
        if (thread == null || threads == null) {
            return new Sent(sender.send(plain(d), reply), null);
        }
        if (thread.mode() == TicketThread.Mode.START) {
            ThreadRef ref = sender.startThread(d, reply, threadName(thread, reply));
            return new Sent(ref.rootMessageId(), ref);
        }
        Optional<ThreadRef> ref = tx.inTransaction(() -> threads.find(thread.ticket(), thread.side(), d.platform()));
        return switch (thread.mode()) {
            case ROOT_CARD -> ref.isEmpty() ? new Sent(null, null)
                    : new Sent(sender.send(new Destination(d.platform(), d.workspaceId(), ref.get().channelId(), false,
                    new Replaces(ref.get().rootMessageId(), null)), reply), null);
            case REPLY, BROADCAST -> {
                if (m.notice().removesMessage() != null && ref.isPresent()) {
                    // the person's message with a credential goes first; the notice reposts it redacted
                    sender.deleteMessage(ref.get().hasThread() ? ref.get().threadId() : ref.get().channelId(),
                            m.notice().removesMessage());
                }
                yield ref.filter(ThreadRef::hasThread).isPresent()
                        ? new Sent(sender.sendInThread(ref.get(), thread.mode() == TicketThread.Mode.BROADCAST, reply), null)
                        : new Sent(sender.send(plain(d), reply), null);
            }
            case START -> throw new IllegalStateException("handled above");
        };
    }

    private static Destination plain(Destination d) {
        return d.thread() == null ? d : new Destination(d.platform(), d.workspaceId(), d.id(), d.direct(), d.replaces());
    }

    /** A thread's title where the platform shows one (Discord: at most 100 characters). */
    private static String threadName(TicketThread thread, Reply reply) {
        String title = reply.title() == null || reply.title().isBlank() ? "Ticket " + thread.ticket() : reply.title();
        return dev.ticketops.domain.Text.clip(title, 100);
    }

    private void failed(PendingMessage m, String token, DeliveryException e) {
        int attempt = m.attempts() + 1;
        // A refusal (revoked token, bot not in the channel) is retried too, slowly, until someone fixes the cause:
        // a message that must arrive is only given up after MAX_ATTEMPTS (about a day).
        boolean giveUp = attempt >= MAX_ATTEMPTS;
        Duration wait = e.retryable() ? backoff(attempt) : maxRetry;
        if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(wait) > 0) {
            wait = e.retryAfter().get();
        }
        Duration delay = wait;
        record(m, () -> queue.markRetry(m.id(), token, e.getMessage(), clock.instant().plus(delay), giveUp));
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
    }

    private void record(PendingMessage m, BooleanSupplier update) {
        try {
            if (!tx.inTransaction(update::getAsBoolean)) {
                LOG.warn("outbox message {}: the claim ran out before the outcome could be recorded", m.id());
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox message {}: the outcome could not be recorded ({}); it is retried when its lease ends",
                    m.id(), e.toString());
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
            if (!scheduler.awaitTermination(1, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
