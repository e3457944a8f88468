package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.World;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /log undo} racing the same person's {@code /log} or another undo, on a real MariaDB: the undo is held right after
 * it has read the entry it means to remove, the other request runs to completion, then the undo goes on. Its answer
 * must say what actually happened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndoRaceTest {
    private final World w = new World();
    private final PausingTimeEntries entries = new PausingTimeEntries(w.database().stores().timeEntries());
    private final Conversation pausedChat;
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    UndoRaceTest() {
        var s = w.database().stores();
        Stores wrapped = new Stores(s.transactions(), s.people(), s.clients(), s.channelLinks(), s.tickets(), s.estimates(),
                s.approvals(), entries, s.events(), s.processedRequests(), s.outbox(), s.invoices(), s.overruns(), s.digests(),
                s.timers(), s.followups(), s.threads(),
                s.messages(), s.staffing(), s.portal(), s.portalQueries());
        pausedChat = new Conversation(new UseCaseFactory(wrapped, w.clock, new BillingDefaults(Money.usd("12.00"), 7)).useCases(),
                SlackSyntax.INSTANCE);
    }

    @AfterAll
    void close() {
        pool.shutdownNow();
        w.close();
    }

    /** Holds the first {@code latestBy} of the armed thread until the test lets it go. */
    static final class PausingTimeEntries implements TimeEntries {
        private final TimeEntries real;
        volatile CountDownLatch read = new CountDownLatch(1);
        volatile CountDownLatch go = new CountDownLatch(1);
        volatile Thread armed;

        PausingTimeEntries(TimeEntries real) {
            this.real = real;
        }

        @Override
        public Optional<TimeEntry> latestBy(long personId) {
            Optional<TimeEntry> r = real.latestBy(personId);
            if (Thread.currentThread() == armed) {
                armed = null;
                read.countDown();
                try {
                    if (!go.await(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the undo");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return r;
        }

        @Override
        public long insert(TimeEntry entry) {
            return real.insert(entry);
        }

        @Override
        public long totalMinutes(TicketNumber ticket) {
            return real.totalMinutes(ticket);
        }

        @Override
        public List<TimeEntry> forTicket(TicketNumber ticket) {
            return real.forTicket(ticket);
        }

        @Override
        public boolean delete(long id) {
            return real.delete(id);
        }
    }

    /** Starts {@code /log undo} as staff on the pausing stores and returns once it has read the entry it will remove. */
    private Future<Reply> undoHeldAfterItsRead() throws InterruptedException {
        entries.read = new CountDownLatch(1);
        entries.go = new CountDownLatch(1);
        Future<Reply> undo = pool.submit(() -> {
            entries.armed = Thread.currentThread();
            return pausedChat.handle(new ChatRequest(w.staff, w.aliceChannel, "/log", "undo", UUID.randomUUID().toString()));
        });
        assertThat(entries.read.await(20, TimeUnit.SECONDS)).as("undo read the last entry").isTrue();
        return undo;
    }

    private long minutes(TicketNumber n) {
        return w.ctx.tx(() -> w.ctx.stores().timeEntries().totalMinutes(n));
    }

    @Test
    void undoRacingTheSamePersonsLog_saysNothingWasUndone_andKeepsBothEntries() throws Exception {
        TicketNumber n = w.approvedTicket("Undo race with a log");
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "30m " + n).tone()).isEqualTo(Reply.Tone.SUCCESS);

        Future<Reply> undo = undoHeldAfterItsRead();
        Reply logged = w.say(w.staff, w.aliceChannel, "/log", "15m " + n);
        assertThat(logged.tone()).isEqualTo(Reply.Tone.SUCCESS);
        entries.go.countDown();
        Reply answer = undo.get(20, TimeUnit.SECONDS);

        assertThat(answer.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(answer.plainText()).contains("Nothing was undone", "while this undo ran you logged", n.toString(), "/log undo again")
                .doesNotContain("already undone");
        assertThat(minutes(n)).isEqualTo(45);
    }

    @Test
    void twoUndosOfTheSameEntry_removeItOnce_andTheSecondSaysAnotherRequestDidIt() throws Exception {
        TicketNumber n = w.approvedTicket("Undo race with an undo");
        assertThat(w.say(w.staff2, w.aliceChannel, "/log", "20m " + n).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "40m " + n).tone()).isEqualTo(Reply.Tone.SUCCESS);

        Future<Reply> undo = undoHeldAfterItsRead();
        Reply first = w.say(w.staff, w.aliceChannel, "/log", "undo");
        assertThat(first.tone()).isEqualTo(Reply.Tone.SUCCESS);
        entries.go.countDown();
        Reply second = undo.get(20, TimeUnit.SECONDS);

        assertThat(second.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(second.plainText()).contains("Nothing was undone", "already been undone by another request");
        assertThat(minutes(n)).isEqualTo(20);
    }
}
