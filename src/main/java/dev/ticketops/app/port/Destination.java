package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import java.util.Objects;

/** Where a message goes: a channel, or a person's direct messages. */
public record Destination(Platform platform, String workspaceId, String id, boolean direct) {
    public Destination {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(id, "id");
    }

    public static Destination channel(ChannelRef c) {
        return new Destination(c.platform(), c.workspaceId(), c.channelId(), false);
    }

    public static Destination directTo(Person p) {
        return new Destination(p.platform(), p.workspaceId(), p.userId(), true);
    }
}
