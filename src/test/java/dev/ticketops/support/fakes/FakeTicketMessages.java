package dev.ticketops.support.fakes;

import dev.ticketops.app.port.ConversationMessage;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** ticket_messages in memory: unique by platform, workspace, channel and message id; deleted ones out of views. */
public final class FakeTicketMessages implements TicketMessages {
    private final InMemoryTransactions tx;

    public FakeTicketMessages(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Long> insert(ConversationMessage m) {
        Tables t = tx.tables();
        t.ticket(m.ticket());
        t.person(m.authorId());
        if (find(m.platform(), m.workspaceId(), m.channelId(), m.messageId()).isPresent()) {
            return Optional.empty();
        }
        long id = t.nextId("ticket_messages");
        t.messages.put(id, with(m, id, m.text(), m.redactions(), null, null));
        return Optional.of(id);
    }

    @Override
    public Optional<ConversationMessage> find(Platform platform, String workspaceId, String channelId, String messageId) {
        return tx.tables().messages.values().stream().filter(m -> m.platform() == platform
                && m.workspaceId().equals(workspaceId) && m.channelId().equals(channelId) && m.messageId().equals(messageId))
                .findFirst();
    }

    @Override
    public boolean edit(long id, String text, String redactions, Instant at) {
        ConversationMessage m = tx.tables().messages.get(id);
        if (m == null) {
            return false;
        }
        tx.tables().messages.put(id, with(m, id, text, redactions, Tables.micros(at), m.deletedAt()));
        return true;
    }

    @Override
    public boolean delete(long id, Instant at) {
        ConversationMessage m = tx.tables().messages.get(id);
        if (m == null || m.deleted()) {
            return false;
        }
        tx.tables().messages.put(id, with(m, id, m.text(), m.redactions(), m.editedAt(), Tables.micros(at)));
        return true;
    }

    @Override
    public List<ConversationMessage> latest(TicketNumber ticket, boolean withInternal, int limit) {
        List<ConversationMessage> all = visible(ticket, withInternal);
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public long count(TicketNumber ticket, boolean withInternal) {
        return visible(ticket, withInternal).size();
    }

    private List<ConversationMessage> visible(TicketNumber ticket, boolean withInternal) {
        return tx.tables().messages.values().stream()
                .filter(m -> m.ticket().equals(ticket) && !m.deleted() && (withInternal || !m.internal())).toList();
    }

    private static ConversationMessage with(ConversationMessage m, long id, String text, String redactions, Instant edited,
                                            Instant deleted) {
        return new ConversationMessage(id, m.ticket(), m.side(), m.internal(), m.platform(), m.workspaceId(), m.channelId(),
                m.messageId(), m.authorId(), m.authorName(), m.authorRole(), m.via(), text, redactions,
                Tables.micros(m.writtenAt()), edited, deleted);
    }
}
