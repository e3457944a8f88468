package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import java.util.Objects;

/**
 * A message's place in a ticket's thread, resolved when it is delivered (the card that starts the thread may be
 * delivered just before): {@link Mode#START} posts the card that starts the thread, {@link Mode#REPLY} posts into it,
 * {@link Mode#BROADCAST} posts into it and shows it in the channel too, {@link Mode#ROOT_CARD} edits the card at its
 * root. {@code side}: the client's thread, or the staff's triage thread.
 */
public record TicketThread(TicketNumber ticket, Side side, Mode mode) {
    public enum Side { CLIENT, TRIAGE }

    public enum Mode { START, REPLY, BROADCAST, ROOT_CARD }

    public TicketThread {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(mode, "mode");
    }
}
