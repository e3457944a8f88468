package dev.ticketops.app.port;

import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tickets' conversations. */
public interface TicketMessages {
    /** Stores {@code m} (its id is ignored) and returns its id; empty when that platform message was stored already. */
    Optional<Long> insert(ConversationMessage m);

    /** The stored message with that platform id, if any. */
    Optional<ConversationMessage> find(Platform platform, String workspaceId, String channelId, String messageId);

    /** Records an edit (text already redacted); false when the message is not stored. */
    boolean edit(long id, String text, String redactions, Instant at);

    /** Records a deletion (the text is kept out of views from then on); false when it is not stored. */
    boolean delete(long id, Instant at);

    /** The newest {@code limit} messages of the ticket, oldest first; internal notes only with {@code withInternal}. */
    List<ConversationMessage> latest(TicketNumber ticket, boolean withInternal, int limit);

    long count(TicketNumber ticket, boolean withInternal);
}
