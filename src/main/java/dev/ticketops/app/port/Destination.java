package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.util.Objects;

/**
 * Where a message goes: a channel, or a person's direct messages; with {@code replaces}, a message already in that
 * channel which this one replaces in place (an update, never a second message); with {@code thread}, its place in a
 * ticket's thread in that channel, resolved when it is delivered.
 */
public record Destination(Platform platform, String workspaceId, String id, boolean direct, Replaces replaces,
                          TicketThread thread) {
    public Destination {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(id, "id");
    }

    public Destination(Platform platform, String workspaceId, String id, boolean direct, Replaces replaces) {
        this(platform, workspaceId, id, direct, replaces, null);
    }

    public Destination(Platform platform, String workspaceId, String id, boolean direct) {
        this(platform, workspaceId, id, direct, null, null);
    }

    /** The ticket's thread in channel {@code c}, in {@code mode} (start it, post into it, broadcast, edit its root). */
    public static Destination thread(ChannelRef c, TicketNumber ticket, TicketThread.Side side, TicketThread.Mode mode) {
        return new Destination(c.platform(), c.workspaceId(), c.channelId(), false, null,
                new TicketThread(ticket, side, mode));
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
