package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.domain.Person;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.domain.WorkDuration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What LogTime, UndoTime, the ticket details and billing rely on from TimeEntries, on the fake and MariaDB alike. */
abstract class TimeEntriesContract extends PortContract {

    private long log(Ticket t, Person p, int minutes, String note, Instant at) {
        return tx(() -> stores.timeEntries().insert(new TimeEntry(0, t.number(), p.id(), p.displayName(),
                new WorkDuration(minutes), note, at)));
    }

    @Test
    void forTicket_isInTheOrderWorkWasLogged_withTheLoggersCurrentName() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "Printer offline");
        Person sam = staff("U_SAM");
        long late = log(t, sam, 30, "toner", at(50));
        long early = log(t, sam, 15, null, at(10));
        long sameTime = log(t, sam, 5, "cable", at(10));
        run(() -> stores.people().upsert(caller("U_SAM", "Samuel", Role.STAFF), at(60)));

        var entries = tx(() -> stores.timeEntries().forTicket(t.number()));

        assertThat(entries).containsExactly(
                new TimeEntry(early, t.number(), sam.id(), "Samuel", new WorkDuration(15), null, at(10)),
                new TimeEntry(sameTime, t.number(), sam.id(), "Samuel", new WorkDuration(5), "cable", at(10)),
                new TimeEntry(late, t.number(), sam.id(), "Samuel", new WorkDuration(30), "toner", at(50)));
    }

    @Test
    void totalMinutes_addsTheTicketsEntriesOnly_andIsZeroWithout() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);
        Ticket t = ticket(acme, alice, "Printer offline");
        Ticket other = ticket(acme, alice, "Other");
        Person sam = staff("U_SAM");
        log(t, sam, 30, null, at(1));
        log(t, sam, 45, null, at(2));
        log(other, sam, 600, null, at(3));

        assertThat(tx(() -> stores.timeEntries().totalMinutes(t.number()))).isEqualTo(75);
        assertThat(tx(() -> stores.timeEntries().totalMinutes(TicketNumber.of(99)))).isZero();
    }

    @Test
    void latestBy_isThePersonsNewestEntryOnAnyTicket() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);
        Ticket a = ticket(acme, alice, "A");
        Ticket b = ticket(acme, alice, "B");
        Person sam = staff("U_SAM");
        Person sally = staff("U_SALLY");
        log(b, sam, 10, null, at(30));
        long newest = log(a, sam, 20, null, at(40));
        log(a, sam, 5, null, at(20));
        log(b, sally, 5, null, at(90));

        assertThat(tx(() -> stores.timeEntries().latestBy(sam.id()))).map(TimeEntry::id).contains(newest);
        assertThat(tx(() -> stores.timeEntries().latestBy(alice.id()))).isEmpty();
    }

    @Test
    void latestBy_ofEntriesLoggedAtTheSameTime_isTheLastInserted() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "A");
        Person sam = staff("U_SAM");
        log(t, sam, 10, null, at(30));
        long second = log(t, sam, 20, null, at(30));

        assertThat(tx(() -> stores.timeEntries().latestBy(sam.id()))).map(TimeEntry::id).contains(second);
    }

    @Test
    void delete_removesTheEntryOnce_andLeavesTheTicketsTotalToTheCaller() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "A");
        Person sam = staff("U_SAM");
        long id = log(t, sam, 10, null, at(30));
        log(t, sam, 20, null, at(31));
        run(() -> stores.tickets().addLoggedMinutes(t.number(), 30));

        boolean first = tx(() -> stores.timeEntries().delete(id));
        boolean second = tx(() -> stores.timeEntries().delete(id));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(tx(() -> stores.timeEntries().forTicket(t.number()))).extracting(e -> e.duration().minutes())
                .containsExactly(20);
        assertThat(tx(() -> stores.timeEntries().totalMinutes(t.number()))).isEqualTo(20);
        assertThat(tx(() -> stores.tickets().find(t.number()).orElseThrow().loggedMinutes())).isEqualTo(30);
    }
}
