package dev.ticketops.app.port;

/**
 * Which tickets to list. {@code visibleToClient}/{@code visibleToRequester} restrict to what a client person may see
 * (tickets of their client, or that they requested); both null means every ticket (staff).
 */
public record TicketQuery(Long visibleToClient, Long visibleToRequester, boolean openOnly, int limit) {
    public TicketQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit 1-500");
        }
    }
}
