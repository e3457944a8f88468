package dev.ticketops.app.port;

import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Running timers, one per staff member at most: rows in the database, so they survive restarts. */
public interface Timers {
    /** The person's running timer, locked until the transaction ends. */
    Optional<RunningTimer> lockOf(long personId);

    void start(long personId, TicketNumber ticket, String note, Instant at);

    /** Removes the person's timer; false when there was none. */
    boolean remove(long personId);

    /** Every running timer, oldest first, at most {@code limit}. */
    List<RunningTimer> running(int limit);

    List<RunningTimer> onTicket(TicketNumber ticket);

    /** Timers started before {@code cutoff} and not yet reminded, oldest first. */
    List<RunningTimer> unwarnedSince(Instant cutoff, int limit);

    /** Marks the timer reminded; false when another instance did it first (or it was stopped). */
    boolean markWarned(long personId, Instant startedAt, Instant at);
}
