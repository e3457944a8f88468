package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.domain.ChannelRef;

/**
 * Queues the new card of a decided estimate or extra-time request for the message whose button was clicked: written
 * with the decision, in its transaction, delivered by the outbox relay with its retries.
 */
public final class ReplaceCard {
    private final Outbox outbox;
    private final AgencyCalendar calendar;

    public ReplaceCard(Outbox outbox, AgencyCalendar calendar) {
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public void execute(ChannelRef channel, Replaces clicked, Notice card) {
        outbox.enqueue(Destination.replacing(channel, clicked), card, calendar.now());
    }
}
