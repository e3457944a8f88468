package dev.ticketops.support.fakes;

import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.app.port.TicketThreads;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Optional;

/** ticket_threads in memory: one thread per ticket, side and platform; a second record is ignored (INSERT IGNORE). */
public final class FakeTicketThreads implements TicketThreads {
    private final InMemoryTransactions tx;

    public FakeTicketThreads(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void started(TicketNumber ticket, TicketThread.Side side, ThreadRef ref, Instant now) {
        Tables t = tx.tables();
        t.ticket(ticket);
        var key = new Tables.ThreadKey(ticket.value(), side.name(), ref.platform().name());
        t.threads.putIfAbsent(key, new Tables.ThreadRow(key, ref, Tables.micros(now)));
    }

    @Override
    public Optional<ThreadRef> find(TicketNumber ticket, TicketThread.Side side, Platform platform) {
        return Optional.ofNullable(tx.tables().threads.get(new Tables.ThreadKey(ticket.value(), side.name(), platform.name())))
                .map(Tables.ThreadRow::ref);
    }

    @Override
    public Optional<Located> locate(Platform platform, String channelId, String threadId) {
        if (threadId == null || threadId.isBlank()) {
            return Optional.empty();
        }
        return tx.tables().threads.values().stream()
                .filter(r -> r.ref().platform() == platform && threadId.equals(r.ref().threadId())
                        && (platform == Platform.DISCORD || r.ref().channelId().equals(channelId)))
                .findFirst()
                .map(r -> new Located(TicketNumber.of(r.key().ticket()), TicketThread.Side.valueOf(r.key().side()), r.ref()));
    }
}
