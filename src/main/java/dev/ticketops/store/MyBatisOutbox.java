package dev.ticketops.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.OutboxQueue;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class MyBatisOutbox implements Outbox, OutboxQueue {
    /**
     * What is stored in the payload column: the notice ({@link NoticeJson}), whether the destination is a person, and
     * for a replacement the message it replaces (both null otherwise, and in rows written before replacements
     * existed). Rows queued before notices were typed hold {@code facts} instead of {@code notice} ({@link LegacyNotice}).
     * {@code threadTicket}, {@code threadSide}, {@code threadMode}: the message's place in a ticket's thread (null in
     * rows for no thread, and in rows written before threads existed).
     */
    record Payload(boolean direct, JsonNode notice, Map<String, String> facts, String replacesMessage, String replacesHandle,
                   Long threadTicket, String threadSide, String threadMode) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MyBatisTransactions tx;
    private volatile Runnable onCommitted = () -> { };
    /** One hook object, so a transaction that writes several messages wakes delivery once. */
    private final Runnable wakeAfterCommit = this::committed;

    MyBatisOutbox(MyBatisTransactions tx) {
        this.tx = tx;
    }

    /** Called after each transaction that wrote messages commits: delivery can start at once. */
    void onCommitted(Runnable r) {
        this.onCommitted = r;
    }

    @Override
    public void enqueue(Destination d, Notice n, Instant now) {
        insert(d, n, payload(d, n), now, now);
    }

    @Override
    public void enqueueLatest(Destination d, Notice n, Instant now, Instant notBefore) {
        String payload = payload(d, n);
        OutboxMapper m = tx.mapper(OutboxMapper.class);
        Long waiting = n.ticket() == null ? null : m.lockWaiting(d.platform().name(), d.workspaceId(), d.id(), n.kind().name(),
                n.ticket().value());
        if (waiting == null || m.replacePayload(waiting, payload) == 0) {
            insert(d, n, payload, now, notBefore);
        }
    }

    private void insert(Destination d, Notice n, String payload, Instant now, Instant due) {
        tx.mapper(OutboxMapper.class).insert(new OutboxMapper.Row(null, d.platform().name(), d.workspaceId(), d.id(),
                n.kind().name(), n.ticket() == null ? null : n.ticket().value(), payload, "PENDING", 0, Utc.of(due),
                Utc.of(now)), lane(d));
        tx.afterCommit(wakeAfterCommit);
    }

    /** A ticket's thread on one platform is a lane: its messages go in the order they were written. */
    static String lane(Destination d) {
        var t = d.thread();
        return t == null ? null : "ticket:" + t.ticket().value() + ":" + t.side().name() + ":" + d.platform().name();
    }

    private static String payload(Destination d, Notice n) {
        try {
            var t = d.thread();
            return JSON.writeValueAsString(new Payload(d.direct(), NoticeJson.write(n), null,
                    d.replaces() == null ? null : d.replaces().messageId(), d.replaces() == null ? null : d.replaces().handle(),
                    t == null ? null : t.ticket().value(), t == null ? null : t.side().name(), t == null ? null : t.mode().name()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void committed() {
        onCommitted.run();
    }

    @Override
    public List<PendingMessage> lockDue(Instant now, int limit, java.util.Set<Platform> platforms) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return tx.mapper(OutboxMapper.class).lockDue(Utc.of(now), limit, platforms.stream().map(Enum::name).toList())
                .stream().map(MyBatisOutbox::toMessage).toList();
    }

    @Override
    public void claim(long id, String token, Instant leaseUntil) {
        tx.mapper(OutboxMapper.class).claim(id, token, Utc.of(leaseUntil));
    }

    @Override
    public boolean markSent(long id, String token, String externalId, Instant now) {
        return tx.mapper(OutboxMapper.class).markSent(id, token, externalId == null ? null : Text.clip(externalId, 128),
                Utc.of(now)) == 1;
    }

    @Override
    public boolean markRetry(long id, String token, String error, Instant nextAttempt, boolean giveUp) {
        return tx.mapper(OutboxMapper.class).markRetry(id, token, error == null ? null : Text.clip(error, 1000),
                Utc.of(nextAttempt), giveUp) == 1;
    }

    @Override
    public long backlog() {
        return tx.mapper(OutboxMapper.class).countPending();
    }

    @Override
    public Optional<Instant> oldestPending() {
        return Optional.ofNullable(tx.mapper(OutboxMapper.class).oldestPending()).map(Utc::instant);
    }

    private static PendingMessage toMessage(OutboxMapper.Row r) {
        Payload p = payload(r.id(), r.payload());
        Replaces replaces = p.replacesMessage() == null && p.replacesHandle() == null ? null
                : new Replaces(p.replacesMessage(), p.replacesHandle());
        TicketThread thread = p.threadTicket() == null ? null : new TicketThread(TicketNumber.of(p.threadTicket()),
                TicketThread.Side.valueOf(p.threadSide()), TicketThread.Mode.valueOf(p.threadMode()));
        Destination d = new Destination(Platform.valueOf(r.platform()), r.workspaceId(), r.channelId(), p.direct(), replaces,
                thread);
        return new PendingMessage(r.id(), d, notice(r.kind(), r.ticketNumber(), p), r.attempts(), Utc.instant(r.createdAt()));
    }

    private static Payload payload(long id, String payload) {
        try {
            return JSON.readValue(payload, Payload.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("outbox message " + id + " has an unreadable payload", e);
        }
    }

    private static Notice notice(String kind, Long ticketNumber, Payload p) {
        return p.notice() != null ? NoticeJson.read(p.notice())
                : LegacyNotice.read(Notice.Kind.valueOf(kind), ticketNumber == null ? null : TicketNumber.of(ticketNumber), p.facts());
    }

    /** The notice of a stored row, from its kind, ticket and payload columns (for tests that read rows with SQL). */
    static Notice notice(String kind, Long ticketNumber, String payload) {
        return notice(kind, ticketNumber, payload(0, payload));
    }
}
