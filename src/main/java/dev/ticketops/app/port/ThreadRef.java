package dev.ticketops.app.port;

import dev.ticketops.domain.Platform;
import java.util.Objects;

/**
 * Where a ticket's thread is on one platform: the channel, the card at its root (Slack's ts, Discord's message id)
 * and the thread itself (Slack: the root's ts; Discord: the thread channel made on the card). {@code threadId} is null
 * when the platform gave no thread (a Discord DM): messages then go to the channel, as before threads.
 */
public record ThreadRef(Platform platform, String workspaceId, String channelId, String rootMessageId, String threadId) {
    public ThreadRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(rootMessageId, "rootMessageId");
        threadId = threadId == null || threadId.isBlank() ? null : threadId;
    }

    public boolean hasThread() {
        return threadId != null;
    }
}
