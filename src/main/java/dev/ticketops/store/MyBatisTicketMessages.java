package dev.ticketops.store;

import dev.ticketops.app.port.ConversationMessage;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MyBatisTicketMessages implements TicketMessages {
    private final MyBatisTransactions tx;

    MyBatisTicketMessages(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private TicketMessageMapper m() {
        return tx.mapper(TicketMessageMapper.class);
    }

    @Override
    public Optional<Long> insert(ConversationMessage c) {
        GeneratedKey key = new GeneratedKey();
        int rows = m().insert(new TicketMessageMapper.Row(null, c.ticket().value(), c.side().name(), c.internal(),
                c.platform().name(), c.workspaceId(), c.channelId(), c.messageId(), c.authorId(), Text.clip(c.authorName(), 200),
                c.authorRole().name(), c.via().name(), c.text(), c.redactions() == null ? null : Text.clip(c.redactions(), 500),
                Utc.of(c.writtenAt()), null, null), key);
        return rows == 1 ? Optional.of(key.value()) : Optional.empty();
    }

    @Override
    public Optional<ConversationMessage> find(Platform platform, String workspaceId, String channelId, String messageId) {
        return Optional.ofNullable(m().find(platform.name(), workspaceId, channelId, messageId)).map(MyBatisTicketMessages::of);
    }

    @Override
    public boolean edit(long id, String text, String redactions, Instant at) {
        return m().edit(id, text, redactions == null ? null : Text.clip(redactions, 500), Utc.of(at)) == 1;
    }

    @Override
    public boolean delete(long id, Instant at) {
        return m().delete(id, Utc.of(at)) == 1;
    }

    @Override
    public List<ConversationMessage> latest(TicketNumber ticket, boolean withInternal, int limit) {
        return m().latest(ticket.value(), withInternal, limit).stream().map(MyBatisTicketMessages::of).toList();
    }

    @Override
    public long count(TicketNumber ticket, boolean withInternal) {
        return m().count(ticket.value(), withInternal);
    }

    private static ConversationMessage of(TicketMessageMapper.Row r) {
        return new ConversationMessage(r.id(), TicketNumber.of(r.ticketNumber()), TicketThread.Side.valueOf(r.side()),
                r.internal(), Platform.valueOf(r.platform()), r.workspaceId(), r.channelId(), r.messageId(), r.authorId(),
                r.authorName(), Role.valueOf(r.authorRole()), ConversationMessage.Via.valueOf(r.via()), r.body(),
                r.redactions(), Utc.instant(r.writtenAt()), r.editedAt() == null ? null : Utc.instant(r.editedAt()),
                r.deletedAt() == null ? null : Utc.instant(r.deletedAt()));
    }
}
