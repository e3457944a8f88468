package dev.ticketops.app.port;

import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Optional;

/** Where each ticket's threads are: recorded when the card that starts one is delivered, looked up to post into it. */
public interface TicketThreads {
    /** Records the thread started for {@code ticket} on {@code side}; a second record for the same one is ignored. */
    void started(TicketNumber ticket, TicketThread.Side side, ThreadRef ref, Instant now);

    Optional<ThreadRef> find(TicketNumber ticket, TicketThread.Side side, Platform platform);

    /**
     * The ticket and side whose thread is {@code threadId}, if it is one: on Slack a thread_ts in {@code channelId}; on
     * Discord the thread channel itself (its ids are unique).
     */
    Optional<Located> locate(Platform platform, String channelId, String threadId);

    record Located(TicketNumber ticket, TicketThread.Side side, ThreadRef ref) {
    }
}
