package dev.ticketops.domain;

import java.util.Objects;

/** A conversation on a platform: a channel, a Discord text channel or thread, or a direct-message channel. */
public record ChannelRef(Platform platform, String workspaceId, String channelId) {
    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        workspaceId = Caller.requireId(workspaceId, "workspaceId");
        channelId = Caller.requireId(channelId, "channelId");
    }
}
