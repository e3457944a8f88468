package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The warnings staff get while logging against an approved 1-hour estimate: at exactly 80% and 100%, not just below,
 * once per crossing, and beyond 100% the client is asked (once) to approve the extra time. No test here moves the
 * clock, so the class shares one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverrunThresholdsTest {
    private final World w = new World();
    private final Records records = Records.of(w);

    @AfterAll
    void close() {
        w.close();
    }

    /** {@code before} is logged first (0 = nothing), then {@code log}; the warning of the second log is checked. */
    @ParameterizedTest(name = "{0}m then {1}m → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # before | log | warning (none = a plain success)
            0        | 47  | none
            0        | 48  | has used 48 minutes of the approved 1 hour (80% or more).
            0        | 49  | has used 49 minutes of the approved 1 hour (80% or more).
            0        | 59  | has used 59 minutes of the approved 1 hour (80% or more).
            47       | 1   | has used 48 minutes of the approved 1 hour (80% or more).
            48       | 2   | none
            49       | 10  | none
            0        | 60  | has reached the approved maximum of 1 hour.
            47       | 13  | has reached the approved maximum of 1 hour.
            59       | 1   | has reached the approved maximum of 1 hour.
            0        | 61  | is 1 minute over the approved 1 hour. The time is recorded; the client has been asked to approve the extra time
            60       | 1   | is 1 minute over the approved 1 hour. The time is recorded
            59       | 2   | is 1 minute over the approved 1 hour. The time is recorded
            """)
    void warnings_atTheThresholds(int before, int log, String warning) {
        TicketNumber n = w.approvedTicket("Thresholds " + before + "+" + log, "1h");
        if (before > 0) {
            w.say(w.staff, w.aliceChannel, "/log", before + "m " + n);
        }

        Reply r = w.say(w.staff, w.aliceChannel, "/log", log + "m " + n);

        assertThat(r.text()).startsWith("Logged " + dev.ticketops.domain.Hours.words(log) + " on Ticket " + n);
        if (warning.equals("none")) {
            assertThat(r.tone()).isEqualTo(Reply.Tone.SUCCESS);
            assertThat(r.text()).doesNotContain("⚠️");
        } else {
            assertThat(r.tone()).isEqualTo(Reply.Tone.WARNING);
            assertThat(r.text()).contains("⚠️ " + (warning.startsWith("has used") ? "Heads-up: " : "") + n + " " + warning);
        }
        boolean over = before + log > 60;
        assertThat(records.outbox(Notice.Kind.OVERRUN_REQUESTED).stream().filter(m -> m.ticket() == n.value()).count())
                .isEqualTo(over ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}m, {1}m, {2}m → one request of {3} minutes")
    @CsvSource({"61, 1, 1, 3", "90, 15, 15, 60", "60, 30, 30, 60"})
    void aPendingRequest_grows_insteadOfAskingAgain(int first, int second, int third, int extra) {
        TicketNumber n = w.approvedTicket("Growing request " + first + second + third, "1h");

        w.say(w.staff, w.aliceChannel, "/log", first + "m " + n);
        w.say(w.staff, w.aliceChannel, "/log", second + "m " + n);
        Reply last = w.say(w.staff, w.aliceChannel, "/log", third + "m " + n);

        assertThat(last.text()).contains("is still pending");
        assertThat(records.outbox(Notice.Kind.OVERRUN_REQUESTED).stream().filter(m -> m.ticket() == n.value()).count()).isEqualTo(1);
        assertThat(records.kinds(n).stream().filter("OVERRUN_REQUESTED"::equals).count()).isEqualTo(1);
        assertThat(w.ctx.tx(() -> w.ctx.stores().overruns().pending(n)).orElseThrow().minutes()).isEqualTo(extra);
    }
}
