package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.SupportClock;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response targets on a real MariaDB with a controllable clock (default support hours Mon-Fri 09:00-18:00 UTC; the
 * world's clock starts on Monday 2 Nov 2026, 09:00): the deadlines on the card, one 80% warning, the out-of-hours
 * answer, and the digest's breaches and tickets at risk.
 */
class ResponseTargetsTest {
    static final Destination STAFF = new Destination(Platform.SLACK, World.WORKSPACE, "C_STAFF", false);

    World w;
    Records db;
    SupportRounds rounds;

    @BeforeEach
    void setUp() {
        w = new World();
        db = Records.of(w);
        rounds = new UseCaseFactory(w.database().stores(), w.clock, new BillingDefaults(Money.usd("12.00"), 7),
                SupportClock.defaults(ZoneId.of("UTC"))).supportRounds(List.of(STAFF));
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    @Test
    void theCardAndTicketShow_sayWhenTheFirstResponseAndTheEstimateAreDue_untilTheyAreGiven() {
        TicketNumber n = w.open("Checkout bug");
        w.clock.advance(Duration.ofMinutes(160));

        String shown = w.say(w.alice, w.aliceChannel, "/ticket", "show " + n).plainText();
        assertThat(shown).contains("first response due in 1 h 20 min (2026-11-02 13:00 UTC)",
                "estimate due in 6 h 20 min (2026-11-02 18:00 UTC)");

        w.clock.advance(Duration.ofHours(2));
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText()).contains("first response overdue by 40 min");

        w.estimate(n, "2-3h");
        String answered = w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText();
        assertThat(answered).doesNotContain("first response due", "first response overdue", "estimate due");
    }

    @Test
    void aNotBillableDecision_isAFirstResponse_andMakesTheEstimateUnnecessary() {
        TicketNumber n = w.open("Password question");
        w.clock.advance(Duration.ofMinutes(30));
        w.say(w.staff, w.aliceChannel, "/ticket", "billable " + n + " no");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText()).doesNotContain("due in", "overdue");
        w.clock.advance(Duration.ofHours(8));
        assertThat(rounds.targets().execute()).isZero();
    }

    @Test
    void aTicketAt80PercentOfItsTarget_postsOneWarningToStaff_andAnAnsweredOneNone() {
        TicketNumber quiet = w.open("Nobody looked yet");
        TicketNumber answered = w.open("Looked at quickly");
        w.estimate(answered, "1h");

        w.clock.advance(Duration.ofMinutes(191));
        assertThat(rounds.targets().execute()).isZero();
        w.clock.advance(Duration.ofMinutes(1));
        assertThat(rounds.targets().execute()).isOne();
        assertThat(rounds.targets().execute()).isZero();
        w.clock.advance(Duration.ofMinutes(20));
        assertThat(rounds.targets().execute()).isZero();

        var warnings = db.outbox(Notice.Kind.TARGET_AT_RISK);
        assertThat(warnings).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("C_STAFF");
            Notice.TargetAtRisk n = m.notice(Notice.TargetAtRisk.class);
            assertThat(n.ticket()).isEqualTo(quiet);
            assertThat(n.target()).isEqualTo("first response");
            assertThat(n.due()).isEqualTo(Instant.parse("2026-11-02T13:00:00Z"));
        });
        // the estimate target (9 support hours) reaches 80% at 16:12
        w.clock.set(Instant.parse("2026-11-02T16:12:00Z"));
        assertThat(rounds.targets().execute()).isOne();
        assertThat(db.outbox(Notice.Kind.TARGET_AT_RISK)).extracting(m -> m.notice(Notice.TargetAtRisk.class).target())
                .containsExactly("first response", "estimate");
    }

    @Test
    void aTicketOpenedOutsideSupportHours_getsOneAnswerSayingWhenTheAgencyResponds() {
        w.clock.set(Instant.parse("2026-11-07T10:00:00Z"));
        TicketNumber weekend = w.open("Saturday question");
        assertThat(rounds.targets().execute()).isOne();
        assertThat(rounds.targets().execute()).isZero();
        w.clock.set(Instant.parse("2026-11-09T10:00:00Z"));
        TicketNumber monday = w.open("Monday question");
        rounds.targets().execute();

        assertThat(db.outbox(Notice.Kind.OUT_OF_HOURS)).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("C_ALICE");
            Notice.OutOfHours n = m.notice(Notice.OutOfHours.class);
            assertThat(n.ticket()).isEqualTo(weekend);
            assertThat(n.hours()).isEqualTo("Mon-Fri 09:00-18:00 (UTC)");
            assertThat(n.respondBy()).isEqualTo("Mon 9 Nov 13:00 (UTC)");
        });
        assertThat(monday).isNotEqualTo(weekend);
    }

    @Test
    void theStaffDigest_listsYesterdaysBreaches_andTodaysTicketsAtRisk() {
        TicketNumber missed = w.open("Left unanswered");
        TicketNumber late = w.open("Answered late");
        w.clock.advance(Duration.ofHours(5));
        w.estimate(late, "1h");
        // Tuesday 09:00: one opened now is due today
        w.clock.set(Instant.parse("2026-11-03T09:00:00Z"));
        TicketNumber today = w.open("Due today");

        Reply digest = w.say(w.staff, w.aliceChannel, "/ticket", "digest");
        String text = digest.plainText();
        assertThat(text).contains("Response targets missed yesterday",
                "#" + missed.value() + " Left unanswered", "first response still not given (due Mon 2 Nov 13:00 (UTC))",
                "#" + late.value() + " Answered late", "first response given 1 h late");
        assertThat(text).contains("Response targets at risk today", "#" + today.value() + " Due today",
                "first response due Tue 3 Nov 13:00 (UTC)");
        // clients' digests carry none of it
        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "digest").plainText()).doesNotContain("Response targets");
    }
}
