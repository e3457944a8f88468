package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import java.util.Objects;

/**
 * Where a message goes: a channel, or a person's direct messages; with {@code replaces}, a message already in that
 * channel which this one replaces in place (an update, never a second message).
 */
public record Destination(Platform platform, String workspaceId, String id, boolean direct, Replaces replaces) {
    public Destination {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(id, "id");
    }

    public Destination(Platform platform, String workspaceId, String id, boolean direct) {
        this(platform, workspaceId, id, direct, null);
    }

    /** The message in channel {@code c} that a new message replaces. */
    public static Destination replacing(ChannelRef c, Replaces message) {
        return new Destination(c.platform(), c.workspaceId(), c.channelId(), false, Objects.requireNonNull(message, "message"));
    }

    public static Destination channel(ChannelRef c) {
        return new Destination(c.platform(), c.workspaceId(), c.channelId(), false);
    }

    public static Destination directTo(Person p) {
        return new Destination(p.platform(), p.workspaceId(), p.userId(), true);
    }
}
