package dev.ticketops.support;

import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;

/** Domain fixtures without a database: a ticket of client 10 opened by person 100, and the people around it. */
public final class TestTickets {
    public static final long CLIENT = 10;
    public static final TicketNumber NUMBER = TicketNumber.of(7);

    private TestTickets() {
    }

    /** Who acts on the ticket, relative to it. */
    public enum Who {
        STAFF, REQUESTER, COLLEAGUE, STRANGER, NOBODY_S_CLIENT;

        public Person person() {
            return switch (this) {
                case STAFF -> new Person(1, Platform.SLACK, "T1", "U_STAFF", "sam", Role.STAFF, null);
                case REQUESTER -> new Person(100, Platform.SLACK, "T1", "U_ALICE", "alice", Role.CLIENT, CLIENT);
                case COLLEAGUE -> new Person(101, Platform.SLACK, "T1", "U_DAVE", "dave", Role.CLIENT, CLIENT);
                case STRANGER -> new Person(102, Platform.SLACK, "T1", "U_MALLORY", "mallory", Role.CLIENT, 11L);
                case NOBODY_S_CLIENT -> new Person(103, Platform.SLACK, "T1", "U_NEW", "newbie", Role.CLIENT, null);
            };
        }
    }

    public static Ticket ticket(TicketStatus status, boolean billable) {
        Instant opened = Instant.parse("2026-11-02T09:00:00Z");
        return new Ticket(NUMBER, "Printer offline", null, false, billable, status, CLIENT, 100,
                new ChannelRef(Platform.SLACK, "T1", "C_ALICE"), opened,
                status == TicketStatus.CLOSED ? opened.plusSeconds(3600) : null,
                status == TicketStatus.CLOSED ? "done" : null, 0);
    }

    public static Ticket approved() {
        return ticket(TicketStatus.APPROVED, true);
    }
}
