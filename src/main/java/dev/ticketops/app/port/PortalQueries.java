package dev.ticketops.app.port;

import dev.ticketops.domain.Client;
import dev.ticketops.domain.Person;
import java.util.List;

/** What the portal's lists read: ticket rows with their estimate and invoice, and the board's filters. */
public interface PortalQueries {
    /**
     * Tickets, newest first. {@code visibility} restricts them as {@link TicketQuery} does (its limit applies);
     * {@code text} matches the title or description, {@code number} the ticket number, {@code clientId} and
     * {@code estimatorId} filter (null: any); {@code boardOnly} keeps open tickets and billable closed ones not invoiced.
     */
    List<PortalTicket> tickets(TicketQuery visibility, String text, Long number, Long clientId, Long estimatorId,
                               boolean boardOnly);

    List<Client> clients();

    /** Staff people, by name. */
    List<Person> staff();
}
