package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Ticket;
import java.time.Duration;

/**
 * Puts a ticket's messages where its conversation is: the card that starts the ticket's thread, the notices posted
 * into it (some also shown in the channel), and the card at its root kept current — edits coalesced to one per
 * ticket every {@link #CARD_EDIT_DELAY}. Everything goes through the outbox, in the transaction of the change.
 */
public final class TicketThreadNotices {
    static final Duration CARD_EDIT_DELAY = Duration.ofSeconds(3);

    private final Outbox outbox;
    private final TicketDetailsQuery details;
    private final Estimates estimates;
    private final AgencyCalendar calendar;

    public TicketThreadNotices(Outbox outbox, TicketDetailsQuery details, Estimates estimates, AgencyCalendar calendar) {
        this.outbox = outbox;
        this.details = details;
        this.estimates = estimates;
        this.calendar = calendar;
    }

    /** The ticket card in the channel the ticket was opened in: it starts the ticket's thread. */
    public void opened(Ticket t) {
        outbox.enqueue(to(t, TicketThread.Mode.START), new Notice.TicketCard(facts(t)), calendar.now());
    }

    /** Into the ticket's thread. */
    public void post(Ticket t, Notice n) {
        outbox.enqueue(to(t, TicketThread.Mode.REPLY), n, calendar.now());
    }

    /** Into the ticket's thread, and shown in the channel too (the estimate, the closure) so it is not missed. */
    public void broadcast(Ticket t, Notice n) {
        outbox.enqueue(to(t, TicketThread.Mode.BROADCAST), n, calendar.now());
    }

    /** The card at the root of the thread is edited to show {@code t} as it is now (coalesced). */
    public void cardChanged(Ticket t) {
        outbox.enqueueLatest(to(t, TicketThread.Mode.ROOT_CARD), new Notice.TicketCardUpdated(facts(t)), calendar.now(),
                calendar.now().plus(CARD_EDIT_DELAY));
    }

    private static Destination to(Ticket t, TicketThread.Mode mode) {
        return Destination.thread(t.origin(), t.number(), TicketThread.Side.CLIENT, mode);
    }

    private Notice.CardFacts facts(Ticket t) {
        TicketDetails d = details.of(t);
        String estimate = d.estimate().map(e -> e.range().describe() + " at " + e.rate().displayShort() + "/hour").orElse(null);
        String decision = d.approval().map(a -> (a.decision() == Decision.APPROVED ? "Approved" : "Declined") + " by @"
                + a.decidedByName()).orElse(null);
        Long approved = d.approval().filter(a -> a.decision() == Decision.APPROVED)
                .flatMap(a -> estimates.approvedMax(t.number())).map(m -> (long) m.minutes()).orElse(null);
        return new Notice.CardFacts(t.number(), t.title(), t.description(), t.status(), t.urgent(), t.billable(),
                d.client().name(), d.requester().mention(), estimate, decision, d.totalMinutes(), approved, null,
                t.closeSummary());
    }
}
