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

    /** The ticket and side whose thread (or root card) is {@code threadOrRoot} in that workspace, if it is one. */
    Optional<Located> locate(Platform platform, String workspaceId, String threadOrRoot);

    record Located(TicketNumber ticket, TicketThread.Side side, ThreadRef ref) {
    }
}
