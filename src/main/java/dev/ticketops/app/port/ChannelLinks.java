package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import java.time.Instant;
import java.util.Optional;

/** Which client organisation a chat channel belongs to. */
public interface ChannelLinks {
    Optional<Long> clientOf(ChannelRef channel);

    /** The channels linked to the client now, oldest link first. */
    java.util.List<ChannelRef> channelsOf(long clientId);

    /** Links (or re-links) the channel to the client. */
    void link(ChannelRef channel, long clientId, long linkedBy, Instant now);
}
