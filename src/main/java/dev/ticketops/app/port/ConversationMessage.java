package dev.ticketops.app.port;

import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a ticket's conversation, as stored: who wrote it (their role and platform), where (the client's
 * thread or the staff's triage thread; {@code internal} for a staff note that never reaches the client), how (in a
 * thread, or with /ticket reply), the text with credentials already redacted, and when it was edited or deleted.
 */
public record ConversationMessage(long id, TicketNumber ticket, TicketThread.Side side, boolean internal, Platform platform,
                                  String workspaceId, String channelId, String messageId, long authorId,
                                  String authorName, Role authorRole, Via via, String text, String redactions,
                                  Instant writtenAt, Instant editedAt, Instant deletedAt) {
    public enum Via { THREAD, COMMAND }

    public ConversationMessage {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(authorRole, "authorRole");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
