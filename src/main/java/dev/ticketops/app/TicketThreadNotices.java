package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.ChannelRef;
import java.time.Duration;
import java.util.List;

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
    private final TicketStaffing staffing;
    private final People people;
    private final AgencyCalendar calendar;
    private final List<ChannelRef> triage;

    /** {@code triage}: the staff's triage channels (TRIAGE_SLACK_CHANNEL, TRIAGE_DISCORD_CHANNEL), maybe none. */
    public TicketThreadNotices(Outbox outbox, TicketDetailsQuery details, Estimates estimates, TicketStaffing staffing,
                               People people, AgencyCalendar calendar, List<ChannelRef> triage) {
        this.staffing = staffing;
        this.people = people;
        this.outbox = outbox;
        this.details = details;
        this.estimates = estimates;
        this.calendar = calendar;
        this.triage = List.copyOf(triage);
    }

    /**
     * The ticket card in the channel the ticket was opened in: it starts the ticket's thread; and the triage card in
     * each triage channel, which starts the staff's thread about it.
     */
    public void opened(Ticket t) {
        Notice.CardFacts card = facts(t);
        outbox.enqueue(to(t, TicketThread.Mode.START), new Notice.TicketCard(card), calendar.now());
        for (ChannelRef c : triage) {
            outbox.enqueue(Destination.thread(c, t.number(), TicketThread.Side.TRIAGE, TicketThread.Mode.START),
                    new Notice.TriageCard(card), calendar.now());
        }
    }

    /** Into the ticket's thread on {@code side}: the client's, or the staff's triage thread in each triage channel. */
    public void post(Ticket t, TicketThread.Side side, Notice n) {
        if (side == TicketThread.Side.CLIENT) {
            post(t, n);
            return;
        }
        for (ChannelRef c : triage) {
            outbox.enqueue(Destination.thread(c, t.number(), TicketThread.Side.TRIAGE, TicketThread.Mode.REPLY), n,
                    calendar.now());
        }
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

    private String assignee(Ticket t) {
        return staffing.of(t.number()).map(TicketStaffing.Staffing::assigneeId).flatMap(people::byId)
                .map(dev.ticketops.domain.Person::mention).orElse(null);
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
                d.client().name(), d.requester().mention(), estimate, decision, d.totalMinutes(), approved, assignee(t),
                t.closeSummary());
    }
}
