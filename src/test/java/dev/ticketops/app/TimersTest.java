package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.SupportClock;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timers on a real MariaDB with a controllable clock: the same rules and entries as /log, across restarts and midnight. */
class TimersTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    World w;
    Records db;

    @BeforeEach
    void setUp() {
        w = new World();
        db = Records.of(w);
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    /** A TicketOps process on the same database: what a restart leaves is what the database holds. */
    UseCaseFactory process() {
        BillingDefaults billing = new BillingDefaults(Money.usd("12.00"), 7, BERLIN, 3, "http://localhost:8080");
        return new UseCaseFactory(w.database().stores(), w.clock, billing, SupportClock.defaults(BERLIN));
    }

    Reply say(Conversation chat, String command, String text) {
        return chat.handle(new ChatRequest(w.staff, w.aliceChannel, command, text, UUID.randomUUID().toString()));
    }

    List<TimeEntry> entries(TicketNumber n) {
        return w.ctx.tx(() -> w.ctx.stores().timeEntries().forTicket(n));
    }

    int running() {
        return w.ctx.tx(() -> w.ctx.stores().timers().running(100)).size();
    }

    @Test
    void aStoppedTimer_recordsOneEntryOfTheElapsedMinutes_withBothNotes_andTheCardShowsItWhileItRuns() {
        TicketNumber n = w.approvedTicket("Checkout bug");
        Reply started = w.say(w.staff, w.aliceChannel, "/log", "start " + n + " looking at the logs");
        assertThat(started.tone()).as(started.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(started.text()).contains("Timer started on Ticket " + n, "/log stop");

        w.clock.advance(Duration.ofMinutes(35).plusSeconds(20));
        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "show " + n).plainText()).contains("timer running (sam, 35 min)");
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "status").plainText()).contains(n + " — timer running (sam, 35 min) · yours");

        Reply stopped = w.say(w.staff, w.aliceChannel, "/log", "stop fixed the rounding");
        assertThat(stopped.tone()).as(stopped.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(stopped.text()).contains("Timer stopped after 35 min", "Logged 35 minutes");
        assertThat(entries(n)).singleElement().satisfies(e -> {
            assertThat(e.duration().minutes()).isEqualTo(35);
            assertThat(e.note()).isEqualTo("looking at the logs — fixed the rounding");
        });
        assertThat(running()).isZero();
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText()).doesNotContain("timer running");
        assertThat(db.kinds(n)).contains("TIMER_STARTED", "TIME_LOGGED");
    }

    @Test
    void aTimerStoppedAtOnce_isOneMinute_andRoundingIsToTheNearestMinute() {
        TicketNumber n = w.approvedTicket("Quick one");
        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        w.clock.advance(Duration.ofSeconds(5));
        w.say(w.staff, w.aliceChannel, "/log", "stop");
        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        w.clock.advance(Duration.ofSeconds(149));
        w.say(w.staff, w.aliceChannel, "/log", "stop");

        assertThat(entries(n)).extracting(e -> e.duration().minutes()).containsExactly(1, 2);
    }

    @Test
    void noTimerBeforeApproval_onAClosedTicket_orForAClient_andNothingIsStarted() {
        TicketNumber fresh = w.open("Not estimated yet");
        Reply r = w.say(w.staff, w.aliceChannel, "/log", "start " + fresh);
        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.text()).contains("No work on " + fresh + " before the client's approval");

        TicketNumber closed = w.approvedTicket("Done already");
        w.say(w.staff, w.aliceChannel, "/ticket", "close " + closed + " done");
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "start " + closed).text()).contains("is closed");

        TicketNumber open = w.approvedTicket("Client tries");
        Reply client = w.say(w.alice, w.aliceChannel, "/log", "start " + open);
        assertThat(client.text()).contains("Only agency staff can log time");
        assertThat(running()).isZero();
    }

    @Test
    void stoppingWithoutATimer_isRefusedWithWhatToDo() {
        Reply r = w.say(w.staff, w.aliceChannel, "/log", "stop");
        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.text()).contains("You have no running timer", "/log start #N");
        assertThat(w.say(w.alice, w.aliceChannel, "/log", "stop").text()).contains("Only agency staff");
    }

    @Test
    void startingASecondTimer_stopsTheFirst_andSaysSo() {
        TicketNumber a = w.approvedTicket("First job");
        TicketNumber b = w.approvedTicket("Second job");
        w.say(w.staff, w.aliceChannel, "/log", "start " + a);
        w.clock.advance(Duration.ofMinutes(20));

        Reply r = w.say(w.staff, w.aliceChannel, "/log", "start " + b);

        assertThat(r.text()).contains("Stopped your timer on Ticket " + a + " – First job: logged 20 minutes",
                "Timer started on Ticket " + b);
        assertThat(entries(a)).extracting(e -> e.duration().minutes()).containsExactly(20);
        assertThat(w.ctx.tx(() -> w.ctx.stores().timers().running(10))).singleElement()
                .satisfies(t -> assertThat(t.ticket()).isEqualTo(b));
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "start " + b).text()).contains("already running");
    }

    @Test
    void aTimer_survivesARestart_andRunsPastMidnightInTheAgencysZone_asOneEntry() {
        TicketNumber n = w.approvedTicket("Night shift");
        // 23:30 in Berlin
        w.clock.set(Instant.parse("2026-11-02T22:30:00Z"));
        Reply started = say(new Conversation(process().useCases(), SlackSyntax.INSTANCE), "/log", "start " + n);
        assertThat(started.tone()).as(started.plainText()).isEqualTo(Reply.Tone.SUCCESS);

        // the process goes away; a new one, on the same database, stops it at 00:45 the next day
        w.clock.advance(Duration.ofMinutes(75));
        Conversation restarted = new Conversation(process().useCases(), SlackSyntax.INSTANCE);
        Reply stopped = say(restarted, "/log", "stop");

        assertThat(stopped.text()).contains("Timer stopped after 1 h 15 min");
        assertThat(entries(n)).singleElement().satisfies(e -> assertThat(e.duration().minutes()).isEqualTo(75));
    }

    @Test
    void aForgottenTimer_isStoppedWithTheCorrectedDuration_andOneOverADay_cannotBeStoppedWithoutOne() {
        TicketNumber n = w.approvedTicket("Forgot it");
        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        w.clock.advance(Duration.ofHours(30));

        Reply refused = w.say(w.staff, w.aliceChannel, "/log", "stop");
        assertThat(refused.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(refused.text()).contains("running for 30 h", "24 hours", "/log stop 45m");
        assertThat(running()).isOne();
        assertThat(entries(n)).isEmpty();

        Reply corrected = w.say(w.staff, w.aliceChannel, "/log", "stop 45m wrapped up");
        assertThat(corrected.text()).contains("logged the 45 minutes you gave instead");
        assertThat(entries(n)).singleElement().satisfies(e -> {
            assertThat(e.duration().minutes()).isEqualTo(45);
            assertThat(e.note()).isEqualTo("wrapped up");
        });
        assertThat(running()).isZero();
    }

    @Test
    void theOverrunWarningsOfLog_applyWhenATimerStops() {
        TicketNumber n = w.approvedTicket("Small fix", "1h");
        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        w.clock.advance(Duration.ofMinutes(50));
        Reply heads = w.say(w.staff, w.aliceChannel, "/log", "stop");
        assertThat(heads.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(heads.text()).contains("Heads-up", "80% or more");

        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        w.clock.advance(Duration.ofMinutes(40));
        Reply over = w.say(w.staff, w.aliceChannel, "/log", "stop");
        assertThat(over.text()).contains("over the approved 1 hour", "asked to approve the extra time");
        assertThat(db.outbox(Notice.Kind.OVERRUN_REQUESTED)).hasSize(1);
    }

    @Test
    void aTimerRunningPastTheWarningTime_getsOnePrivateReminder_evenAcrossProcesses() {
        TicketNumber n = w.approvedTicket("Long session");
        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        SupportRounds rounds = process().supportRounds(List.of());

        w.clock.advance(Duration.ofHours(4));
        assertThat(rounds.timers().execute()).isZero();
        w.clock.advance(Duration.ofMinutes(1));
        assertThat(rounds.timers().execute()).isOne();
        assertThat(process().supportRounds(List.of()).timers().execute()).isZero();
        w.clock.advance(Duration.ofHours(5));
        assertThat(rounds.timers().execute()).isZero();

        var reminders = db.outbox(Notice.Kind.TIMER_RUNNING_LONG);
        assertThat(reminders).singleElement().satisfies(m -> {
            assertThat(m.direct()).isTrue();
            assertThat(m.channel()).isEqualTo("U_STAFF");
            assertThat(m.notice(Notice.TimerRunningLong.class).minutes()).isEqualTo(241);
        });

        // a new timer is a new reminder
        w.say(w.staff, w.aliceChannel, "/log", "stop 4h");
        w.say(w.staff, w.aliceChannel, "/log", "start " + n);
        w.clock.advance(Duration.ofHours(5));
        assertThat(rounds.timers().execute()).isOne();
    }
}
