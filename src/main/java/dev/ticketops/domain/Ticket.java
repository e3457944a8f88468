package dev.ticketops.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A support ticket: the unit of work, approval and billing. {@code loggedMinutes} is the total of its time entries,
 * kept with every entry added or removed.
 */
public record Ticket(
        TicketNumber number,
        String title,
        String description,
        boolean urgent,
        boolean billable,
        TicketStatus status,
        long clientId,
        long requesterId,
        ChannelRef origin,
        Instant openedAt,
        Instant closedAt,
        String closeSummary,
        long loggedMinutes) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SUMMARY_MAX = 4000;

    public Ticket {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(openedAt, "openedAt");
        if (title == null || title.isBlank() || Text.length(title) > TITLE_MAX) {
            throw new IllegalArgumentException("a title is 1-200 characters");
        }
        if (description != null && Text.length(description) > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("a description is at most 4000 characters");
        }
    }

    /** Whether work may be logged: approved, or non-billable; and not closed. */
    public boolean acceptsTime() {
        return status != TicketStatus.CLOSED && (!billable || status == TicketStatus.APPROVED);
    }

    public Ticket withStatus(TicketStatus s) {
        return new Ticket(number, title, description, urgent, billable, s, clientId, requesterId, origin, openedAt,
                closedAt, closeSummary, loggedMinutes);
    }

    public Ticket withBillable(boolean b) {
        return new Ticket(number, title, description, urgent, b, status, clientId, requesterId, origin, openedAt,
                closedAt, closeSummary, loggedMinutes);
    }

    public Ticket closed(Instant at, String summary) {
        return new Ticket(number, title, description, urgent, billable, TicketStatus.CLOSED, clientId, requesterId,
                origin, openedAt, at, summary, loggedMinutes);
    }

    public Ticket reopened(TicketStatus s) {
        return new Ticket(number, title, description, urgent, billable, s, clientId, requesterId, origin, openedAt,
                null, closeSummary, loggedMinutes);
    }
}
