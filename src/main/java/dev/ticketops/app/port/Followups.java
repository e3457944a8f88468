package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the support clock reads and claims: when each ticket was first answered and estimated, alerts sent once per
 * ticket, and tickets waiting for the client's approval.
 */
public interface Followups {
    /**
     * A ticket as the support clock sees it. {@code firstResponseAt} is the first staff message to the client: the
     * earliest of the staff actions the client sees — an estimate posted, a billable / not-billable decision (and, once
     * ticket threads exist, a staff reply there: add it to this one query). {@code estimateAt}: the first estimate, or
     * the not-billable decision that made one unnecessary. Either is null while it has not happened.
     */
    record Clocked(TicketNumber number, String title, String client, boolean urgent, boolean billable, TicketStatus status,
                   ChannelRef origin, Instant openedAt, Instant firstResponseAt, Instant estimateAt) {
    }

    /** A ticket waiting for the client's approval: its last activity (other than our reminders) and time not invoiced. */
    record Waiting(TicketNumber number, String title, ChannelRef origin, Instant lastActivity, Instant lastReminder,
                   long unbilledMinutes) {
    }

    Optional<Clocked> clocked(TicketNumber ticket);

    /** Tickets opened at or after {@code from}, oldest first, at most {@code limit}. */
    List<Clocked> openedSince(Instant from, int limit);

    /** Claims alert {@code kind} of the ticket; false when it was claimed before (the alert is sent once). */
    boolean claimAlert(TicketNumber ticket, String kind, Instant at);

    /** Tickets waiting for the client's approval whose last activity was before {@code before}, oldest first. */
    List<Waiting> waitingForApproval(Instant before, int limit);

    /** How many history events of {@code kind} happened in [from, to). */
    long eventsBetween(String kind, Instant from, Instant to);

    /** The client's ratings given from {@code from} up to and including {@code to}: how many 👍 and how many 👎. */
    record Satisfaction(long good, long bad) {
    }

    /** Records the client's rating of the ticket; false when it was rated before (a ticket is rated once). */
    boolean rate(TicketNumber ticket, long personId, boolean good, String comment, Instant at);

    Satisfaction satisfaction(Instant from, Instant to);
}
