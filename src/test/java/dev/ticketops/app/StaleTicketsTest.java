package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.ResponseTarget;
import dev.ticketops.domain.SupportClock;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tickets waiting for the client's approval: one reminder, then closed — never one with logged, unbilled time. */
class StaleTicketsTest {
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

    ChaseApprovals chase(int remindDays, int closeDays) {
        SupportClock d = SupportClock.defaults(ZoneId.of("UTC"));
        SupportClock clock = new SupportClock(d.hours(), d.firstResponse(), d.estimate(), d.urgentFirstResponse(),
                d.timerWarnAfter(), remindDays, closeDays);
        return new UseCaseFactory(w.database().stores(), w.clock, new BillingDefaults(Money.usd("12.00"), 7), clock)
                .supportRounds(List.of()).approvals();
    }

    TicketStatus status(TicketNumber n) {
        return w.ctx.tx(() -> w.ctx.stores().tickets().find(n)).orElseThrow().status();
    }

    @Test
    void aQuietEstimate_getsOneReminder_afterTheReminderDays_andIsClosedAfterTheClosingDays() {
        TicketNumber n = w.open("Waiting for approval");
        w.estimate(n, "2-3h");
        ChaseApprovals chase = chase(3, 14);

        w.clock.advance(Duration.ofDays(3).minusMinutes(1));
        assertThat(chase.execute()).isEqualTo(new ChaseApprovals.Round(0, 0));
        w.clock.advance(Duration.ofMinutes(1));
        assertThat(chase.execute()).isEqualTo(new ChaseApprovals.Round(1, 0));
        assertThat(chase.execute()).isEqualTo(new ChaseApprovals.Round(0, 0));
        w.clock.advance(Duration.ofDays(5));
        assertThat(chase.execute()).isEqualTo(new ChaseApprovals.Round(0, 0));

        assertThat(db.outbox(Notice.Kind.APPROVAL_REMINDER)).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("C_ALICE");
            assertThat(m.notice(Notice.ApprovalReminder.class).closesInDays()).isEqualTo(11);
        });
        w.clock.advance(Duration.ofDays(6));
        assertThat(chase.execute()).isEqualTo(new ChaseApprovals.Round(0, 1));
        assertThat(chase.execute()).isEqualTo(new ChaseApprovals.Round(0, 0));

        assertThat(status(n)).isEqualTo(TicketStatus.CLOSED);
        assertThat(w.ctx.tx(() -> w.ctx.stores().tickets().find(n)).orElseThrow().closeSummary())
                .isEqualTo("No approval — closed, reopen any time");
        assertThat(db.kinds(n)).contains("APPROVAL_REMINDER", "AUTO_CLOSED");
        assertThat(db.outbox(Notice.Kind.CLOSED_WITHOUT_APPROVAL)).hasSize(1);
        // and it reopens like any closed ticket
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "reopen " + n).plainText()).contains("reopened");
    }

    @Test
    void activity_restartsTheWait_andAFreshReminderIsDueAfterIt() {
        TicketNumber n = w.open("Client asked a question");
        w.estimate(n, "2-3h");
        ChaseApprovals chase = chase(3, 14);
        w.clock.advance(Duration.ofDays(3));
        assertThat(chase.execute().reminded()).isOne();
        w.clock.advance(Duration.ofDays(1));
        w.estimate(n, "3-4h");
        w.clock.advance(Duration.ofDays(2));
        assertThat(chase.execute().reminded()).isZero();
        w.clock.advance(Duration.ofDays(1));
        assertThat(chase.execute().reminded()).isOne();
        w.clock.advance(Duration.ofDays(10).minusMinutes(1));
        assertThat(chase.execute().closed()).isZero();
        assertThat(status(n)).isEqualTo(TicketStatus.ESTIMATED);
    }

    @Test
    void aTicketWithLoggedUnbilledTime_isNeverClosed() {
        TicketNumber n = w.open("Worked on before the estimate");
        w.say(w.staff, w.aliceChannel, "/ticket", "billable " + n + " no");
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "1h " + n).plainText()).contains("Logged 1 hour");
        w.say(w.staff, w.aliceChannel, "/ticket", "billable " + n + " yes");
        w.estimate(n, "2-3h");
        assertThat(status(n)).isEqualTo(TicketStatus.ESTIMATED);
        TicketNumber plain = w.open("Nothing logged");
        w.estimate(plain, "1h");

        w.clock.advance(Duration.ofDays(40));
        ChaseApprovals.Round round = chase(3, 14).execute();

        assertThat(round.closed()).isOne();
        assertThat(status(n)).isEqualTo(TicketStatus.ESTIMATED);
        assertThat(status(plain)).isEqualTo(TicketStatus.CLOSED);
        assertThat(db.kinds(n)).doesNotContain("AUTO_CLOSED");
    }

    @Test
    void autoCloseDaysZero_neverCloses_andTheDigestCountsEachStep() {
        TicketNumber n = w.open("Left alone");
        w.estimate(n, "1h");
        w.clock.advance(Duration.ofDays(60));
        assertThat(chase(3, 0).execute()).isEqualTo(new ChaseApprovals.Round(1, 0));
        assertThat(status(n)).isEqualTo(TicketStatus.ESTIMATED);
        TicketNumber closing = w.open("Estimated long ago");
        w.estimate(closing, "1h");
        w.clock.advance(Duration.ofDays(11));
        TicketNumber reminding = w.open("Estimated lately");
        w.estimate(reminding, "1h");
        w.clock.advance(Duration.ofDays(3));
        assertThat(chase(3, 14).execute()).isEqualTo(new ChaseApprovals.Round(1, 2));
        assertThat(status(closing)).isEqualTo(TicketStatus.CLOSED);
        assertThat(status(reminding)).isEqualTo(TicketStatus.ESTIMATED);

        w.clock.advance(Duration.ofDays(1));
        String digest = w.say(w.staff, w.aliceChannel, "/ticket", "digest").plainText();
        assertThat(digest).contains("Stale tickets", "Approval reminders sent yesterday: 1", "Closed without approval yesterday: 2");
        assertThat(ResponseTarget.parse("4h")).isPresent();
    }
}
