package dev.ticketops.support.fakes;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.OutboxQueue;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox in memory, both sides: messages enqueued in a transaction, and their delivery with claims and retries as
 * MyBatisOutbox records them. Messages come back as they went in (destination, replacement, notice).
 */
public final class FakeOutbox implements Outbox, OutboxQueue {
    private static final Set<String> WAITING = Set.of("PENDING", "SENDING");

    private final InMemoryTransactions tx;
    private volatile Runnable onCommitted = () -> { };
    private final Runnable wakeAfterCommit = () -> onCommitted.run();

    public FakeOutbox(InMemoryTransactions tx) {
        this.tx = tx;
    }

    /** {@code r} runs after each transaction that enqueued messages commits, once per transaction. */
    public void onCommitted(Runnable r) {
        this.onCommitted = r;
    }

    @Override
    public void enqueue(Destination destination, Notice notice, Instant now) {
        Tables t = tx.tables();
        if (notice.ticket() != null) {
            t.ticket(notice.ticket());
        }
        long id = t.nextId("outbox");
        Instant at = Tables.micros(now);
        t.outbox.put(id, new Tables.OutboxRow(id, destination, notice, "PENDING", 0, at, at, null, null, null, null));
        tx.afterCommit(wakeAfterCommit);
    }

    @Override
    public void enqueueLatest(Destination destination, Notice notice, Instant now, Instant notBefore) {
        Tables t = tx.tables();
        var waiting = t.outbox.descendingMap().values().stream()
                .filter(r -> "PENDING".equals(r.status()) && r.claimToken() == null && r.notice().kind() == notice.kind()
                        && Objects.equals(r.notice().ticket(), notice.ticket()) && notice.ticket() != null
                        && r.destination().platform() == destination.platform()
                        && r.destination().workspaceId().equals(destination.workspaceId())
                        && r.destination().id().equals(destination.id()))
                .findFirst();
        if (waiting.isPresent()) {
            Tables.OutboxRow r = waiting.get();
            t.outbox.put(r.id(), new Tables.OutboxRow(r.id(), destination, notice, r.status(), r.attempts(), r.nextAttemptAt(),
                    r.createdAt(), r.claimToken(), r.externalId(), r.sentAt(), r.lastError()));
            return;
        }
        if (notice.ticket() != null) {
            t.ticket(notice.ticket());
        }
        long id = t.nextId("outbox");
        t.outbox.put(id, new Tables.OutboxRow(id, destination, notice, "PENDING", 0, Tables.micros(notBefore),
                Tables.micros(now), null, null, null, null));
        tx.afterCommit(wakeAfterCommit);
    }

    /** Oldest first; a message in a ticket's thread waits while an older one in that thread does (card edits aside). */
    @Override
    public List<PendingMessage> lockDue(Instant now, int limit, Set<Platform> platforms) {
        var rows = tx.tables().outbox.values();
        return rows.stream()
                .filter(r -> WAITING.contains(r.status()) && !r.nextAttemptAt().isAfter(now)
                        && platforms.contains(r.destination().platform()))
                .filter(r -> lane(r) == null || rows.stream().noneMatch(o -> o.id() < r.id()
                        && WAITING.contains(o.status()) && lane(r).equals(lane(o))
                        && o.notice().kind() != Notice.Kind.TICKET_CARD_UPDATED))
                .limit(limit).map(FakeOutbox::toMessage).toList();
    }

    @Override
    public void claim(long id, String token, Instant leaseUntil) {
        Tables t = tx.tables();
        t.outbox.computeIfPresent(id, (k, r) -> r.with("SENDING", r.attempts(), Tables.micros(leaseUntil), token,
                r.externalId(), r.sentAt(), r.lastError()));
    }

    @Override
    public boolean markSent(long id, String token, String externalId, Instant now) {
        Tables t = tx.tables();
        Tables.OutboxRow r = t.outbox.get(id);
        if (!claimedBy(r, token)) {
            return false;
        }
        t.outbox.put(id, r.with("SENT", r.attempts() + 1, r.nextAttemptAt(), null, clip(externalId, 128),
                Tables.micros(now), null));
        return true;
    }

    @Override
    public boolean markRetry(long id, String token, String error, Instant nextAttempt, boolean giveUp) {
        Tables t = tx.tables();
        Tables.OutboxRow r = t.outbox.get(id);
        if (!claimedBy(r, token)) {
            return false;
        }
        t.outbox.put(id, r.with(giveUp ? "FAILED" : "PENDING", r.attempts() + 1, Tables.micros(nextAttempt), null,
                r.externalId(), r.sentAt(), clip(error, 1000)));
        return true;
    }

    @Override
    public long backlog() {
        return tx.tables().outbox.values().stream().filter(r -> WAITING.contains(r.status())).count();
    }

    @Override
    public Optional<Instant> oldestPending() {
        return tx.tables().outbox.values().stream().filter(r -> WAITING.contains(r.status()))
                .map(Tables.OutboxRow::createdAt).min(Instant::compareTo);
    }

    /** Every message enqueued so far, oldest first, whatever its delivery state: what a use-case test checks. */
    public List<PendingMessage> all() {
        return tx.inTransaction(() -> tx.tables().outbox.values().stream().map(FakeOutbox::toMessage).toList());
    }

    /** As MyBatisOutbox: a ticket's thread on one platform. */
    private static String lane(Tables.OutboxRow r) {
        var t = r.destination().thread();
        return t == null ? null : t.ticket().value() + ":" + t.side() + ":" + r.destination().platform();
    }

    private static boolean claimedBy(Tables.OutboxRow r, String token) {
        return r != null && "SENDING".equals(r.status()) && Objects.equals(r.claimToken(), token) && token != null;
    }

    private static String clip(String s, int max) {
        return s == null ? null : Text.clip(s, max);
    }

    private static PendingMessage toMessage(Tables.OutboxRow r) {
        return new PendingMessage(r.id(), r.destination(), r.notice(), r.attempts(), r.createdAt());
    }
}
