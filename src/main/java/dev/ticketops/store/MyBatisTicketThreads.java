package dev.ticketops.store;

import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.app.port.TicketThreads;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Optional;

final class MyBatisTicketThreads implements TicketThreads {
    private final MyBatisTransactions tx;

    MyBatisTicketThreads(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private TicketThreadMapper m() {
        return tx.mapper(TicketThreadMapper.class);
    }

    @Override
    public void started(TicketNumber ticket, TicketThread.Side side, ThreadRef ref, Instant now) {
        m().insert(new TicketThreadMapper.Row(ticket.value(), side.name(), ref.platform().name(), ref.workspaceId(),
                ref.channelId(), ref.rootMessageId(), ref.threadId(), Utc.of(now)));
    }

    @Override
    public Optional<ThreadRef> find(TicketNumber ticket, TicketThread.Side side, Platform platform) {
        return Optional.ofNullable(m().find(ticket.value(), side.name(), platform.name())).map(MyBatisTicketThreads::ref);
    }

    @Override
    public Optional<Located> locate(Platform platform, String channelId, String threadId) {
        if (threadId == null || threadId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(m().locate(platform.name(), channelId, threadId))
                .map(r -> new Located(TicketNumber.of(r.ticketNumber()), TicketThread.Side.valueOf(r.side()), ref(r)));
    }

    private static ThreadRef ref(TicketThreadMapper.Row r) {
        return new ThreadRef(Platform.valueOf(r.platform()), r.workspaceId(), r.channelId(), r.rootMessageId(), r.threadId());
    }
}
