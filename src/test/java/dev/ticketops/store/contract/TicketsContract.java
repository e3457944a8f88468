package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What the use cases rely on from Tickets, on the fake and on MariaDB alike. */
abstract class TicketsContract extends PortContract {

    @Test
    void nextNumber_startsAtOne_andCountsUp() {
        List<Long> numbers = tx(() -> List.of(stores.tickets().nextNumber().value(), stores.tickets().nextNumber().value()));
        long third = tx(() -> stores.tickets().nextNumber().value());

        assertThat(numbers).containsExactly(1L, 2L);
        assertThat(third).isEqualTo(3L);
    }

    @Test
    void nextNumber_takenInARolledBackTransaction_isGivenAgain() {
        try {
            tx(() -> {
                stores.tickets().nextNumber();
                throw new IllegalStateException("the opening failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(tx(() -> stores.tickets().nextNumber())).isEqualTo(TicketNumber.of(1));
    }

    @Test
    void insert_thenFindAndLock_giveTheTicketBack() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);
        Ticket t = tx(() -> {
            TicketNumber n = stores.tickets().nextNumber();
            Ticket ticket = new Ticket(n, "Printer offline", "It blinks", true, false, TicketStatus.NEW, acme, alice.id(),
                    channel("C_ACME"), at(5), null, null, 0);
            stores.tickets().insert(ticket, at(5));
            return ticket;
        });

        assertThat(tx(() -> stores.tickets().find(t.number()))).contains(t);
        assertThat(tx(() -> stores.tickets().lock(t.number()))).contains(t);
    }

    @Test
    void findAndLock_ofAnUnknownTicket_areEmpty() {
        assertThat(tx(() -> stores.tickets().find(TicketNumber.of(42)))).isEmpty();
        assertThat(tx(() -> stores.tickets().lock(TicketNumber.of(42)))).isEmpty();
    }

    @Test
    void insert_aNumberTaken_fails() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "First");

        assertThatThrownBy(() -> run(() -> stores.tickets().insert(t, T0))).isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> stores.tickets().find(t.number()))).contains(t);
    }

    @Test
    void insert_forAnUnknownClient_fails() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);

        assertThatThrownBy(() -> run(() -> stores.tickets().insert(new Ticket(TicketNumber.of(1), "x", null, false, true,
                TicketStatus.NEW, acme + 99, alice.id(), channel("C"), T0, null, null, 0), T0)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void update_changesStatusAndClosure_butKeepsOwnerOriginOpeningAndLoggedMinutes() {
        long acme = organisation("Acme");
        long other = organisation("Other");
        Person alice = member("U_ALICE", acme);
        Ticket t = ticket(acme, alice, "Printer offline");
        run(() -> stores.tickets().addLoggedMinutes(t.number(), 30));
        Ticket stale = new Ticket(t.number(), "Printer fixed", "new text", true, false, TicketStatus.CLOSED, other,
                staff("U_SAM").id(), channel("C_ELSEWHERE"), at(99), at(120), "replaced toner", 0);

        run(() -> stores.tickets().update(stale, at(120)));

        Ticket after = tx(() -> stores.tickets().find(t.number()).orElseThrow());
        assertThat(after).isEqualTo(new Ticket(t.number(), "Printer fixed", "new text", true, false, TicketStatus.CLOSED,
                acme, alice.id(), t.origin(), t.openedAt(), at(120), "replaced toner", 30));
    }

    @Test
    void update_ofAnUnknownTicket_fails() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "Printer offline");
        Ticket ghost = new Ticket(TicketNumber.of(t.number().value() + 1), "ghost", null, false, true, TicketStatus.NEW,
                acme, t.requesterId(), t.origin(), T0, null, null, 0);

        assertThatThrownBy(() -> run(() -> stores.tickets().update(ghost, T0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addLoggedMinutes_addsAndTakesAway_andIgnoresAnUnknownTicket() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "Printer offline");

        run(() -> {
            stores.tickets().addLoggedMinutes(t.number(), 90);
            stores.tickets().addLoggedMinutes(t.number(), -30);
            stores.tickets().addLoggedMinutes(TicketNumber.of(999), 10);
        });

        assertThat(tx(() -> stores.tickets().find(t.number()).orElseThrow().loggedMinutes())).isEqualTo(60);
    }

    @Test
    void list_forStaff_isNewestFirst_withClientNameAndLoggedMinutes_upToTheLimit() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);
        Ticket first = ticket(acme, alice, "First", 1);
        Ticket second = ticket(acme, alice, "Second", 2);
        Ticket third = ticket(acme, alice, "Third", 3);
        run(() -> stores.tickets().addLoggedMinutes(second.number(), 45));

        List<TicketSummary> all = tx(() -> stores.tickets().list(new TicketQuery(null, null, false, 10)));
        List<TicketSummary> two = tx(() -> stores.tickets().list(new TicketQuery(null, null, false, 2)));

        assertThat(all).containsExactly(
                new TicketSummary(third.number(), "Third", TicketStatus.NEW, true, false, "Acme", 0, at(3)),
                new TicketSummary(second.number(), "Second", TicketStatus.NEW, true, false, "Acme", 45, at(2)),
                new TicketSummary(first.number(), "First", TicketStatus.NEW, true, false, "Acme", 0, at(1)));
        assertThat(two).extracting(TicketSummary::number).containsExactly(third.number(), second.number());
    }

    @Test
    void list_forAClientPerson_showsTheirClientsTickets_andTheOnesTheyRequested() {
        long acme = organisation("Acme");
        long globex = organisation("Globex");
        Person alice = member("U_ALICE", acme);
        Person hank = member("U_HANK", globex);
        Ticket acmes = ticket(acme, alice, "Acme's");
        Ticket globexByHank = ticket(globex, hank, "Hank's");
        Ticket globexByAlice = ticket(globex, alice, "Asked by alice for Globex");

        var both = tx(() -> stores.tickets().list(new TicketQuery(acme, alice.id(), false, 10)));
        var onlyRequested = tx(() -> stores.tickets().list(new TicketQuery(null, alice.id(), false, 10)));
        var onlyClient = tx(() -> stores.tickets().list(new TicketQuery(globex, null, false, 10)));

        assertThat(both).extracting(TicketSummary::number).containsExactly(globexByAlice.number(), acmes.number());
        assertThat(onlyRequested).extracting(TicketSummary::number).containsExactly(globexByAlice.number(), acmes.number());
        assertThat(onlyClient).extracting(TicketSummary::number).containsExactly(globexByAlice.number(), globexByHank.number());
    }

    @Test
    void list_openOnly_leavesClosedTicketsOut() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);
        Ticket open = ticket(acme, alice, "Open");
        Ticket closed = withStatus(ticket(acme, alice, "Closed"), TicketStatus.CLOSED);

        var openOnly = tx(() -> stores.tickets().list(new TicketQuery(null, null, true, 10)));
        var every = tx(() -> stores.tickets().list(new TicketQuery(null, null, false, 10)));

        assertThat(openOnly).extracting(TicketSummary::number).containsExactly(open.number());
        assertThat(every).extracting(TicketSummary::number).containsExactly(closed.number(), open.number());
    }

    @Test
    void lock_makesAnotherTransactionWait_untilTheHolderCommits_andItThenSeesTheChange() throws Exception {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "Printer offline");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = threads.submit(() -> run(() -> {
                Ticket mine = stores.tickets().lock(t.number()).orElseThrow();
                locked.countDown();
                await(release);
                stores.tickets().update(mine.withStatus(TicketStatus.ESTIMATED), at(1));
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            Future<TicketStatus> second = threads.submit(() -> tx(() -> stores.tickets().lock(t.number()).orElseThrow().status()));
            boolean finishedWhileLocked = awaitDone(second, 300);
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);

            assertThat(finishedWhileLocked).as("the second lock returned while the first transaction held it").isFalse();
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(TicketStatus.ESTIMATED);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code f} completes within {@code millis}. */
    private static boolean awaitDone(Future<?> f, long millis) throws InterruptedException, ExecutionException {
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillWaiting) {
            return false;
        }
    }

    @Test
    void aStore_usedOutsideATransaction_fails() {
        assertThatThrownBy(() -> stores.tickets().find(TicketNumber.of(1))).isInstanceOf(IllegalStateException.class);
    }
}
