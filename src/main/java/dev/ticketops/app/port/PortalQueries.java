package dev.ticketops.app.port;

import dev.ticketops.domain.Client;
import dev.ticketops.domain.Person;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Minutes logged in a week (starting Monday, UTC) under a name: a client, a staff member, billed or unbilled. */
    record WeekMinutes(LocalDate week, String name, long minutes) {
    }

    record MonthAmount(LocalDate month, String currency, BigDecimal amount) {
    }

    record ClientAmount(String client, String currency, BigDecimal amount) {
    }

    List<WeekMinutes> minutesByClient(Instant from);

    List<WeekMinutes> minutesByStaff(Instant from);

    /** Named "billed" (the ticket is on an invoice) or "unbilled". */
    List<WeekMinutes> minutesBilled(Instant from);

    /** Invoice totals by the month (its first day) they were issued. */
    List<MonthAmount> invoicedByMonth(LocalDate from);

    /** Payments by the month (its first day) they were received. */
    List<MonthAmount> paidByMonth(Instant from);

    /** Unpaid balances past their due date ({@code today} is later), by client. */
    List<ClientAmount> overdueByClient(LocalDate today);
}
