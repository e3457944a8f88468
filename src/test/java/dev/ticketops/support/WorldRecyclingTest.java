package dev.ticketops.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.domain.TicketNumber;
import org.junit.jupiter.api.Test;

/** A database given back by one test reaches the next one as a fresh migration leaves it. */
class WorldRecyclingTest {

    @Test
    void theNextWorld_startsEmpty_withCountersAtOne() {
        String used;
        try (World first = new World()) {
            TicketNumber n = first.approvedTicket("Leaves traces");
            first.say(first.staff, first.aliceChannel, "/log", "1h " + n);
            first.say(first.staff, first.aliceChannel, "/ticket", "close " + n + " done");
            used = first.db.target().name();
        }

        try (World next = new World()) {
            Records records = Records.of(next);
            assertThat(next.db.target().name()).as("recycled, not new").isEqualTo(used);
            for (String table : new String[] {"tickets", "ticket_events", "outbox", "people", "clients", "estimates",
                    "approvals", "time_entries", "processed_requests"}) {
                assertThat(records.count("SELECT COUNT(*) FROM " + table + " WHERE ?", 1)).as(table).isZero();
            }
            assertThat(next.open("First again")).isEqualTo(TicketNumber.of(1));
            assertThat(next.estimate(TicketNumber.of(1), "1h")).isEqualTo(1);
        }
    }
}
