package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a ticket goes when it is reopened (back to where its estimate left it), and what a decision on an estimate
 * stores and tells the estimator. No test here moves the clock, so the class shares one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusTransitionsTest {
    private final World w = new World();
    private final Records records = Records.of(w);

    @AfterAll
    void close() {
        w.close();
    }

    private TicketStatus status(TicketNumber n) {
        return w.ctx.tx(() -> w.ctx.stores().tickets().find(n).orElseThrow().status());
    }

    private void say(String command, String text) {
        Reply r = w.say(w.staff, w.aliceChannel, command, text);
        assertThat(r.tone()).as(command + " " + text + ": " + r.plainText()).isNotEqualTo(Reply.Tone.REFUSAL);
    }

    /** {@code steps}: what happens before the close, separated by spaces. */
    @ParameterizedTest(name = "{0} → closed → reopened as {1}")
    @CsvSource({
            "nothing,                         NEW",
            "estimate,                        ESTIMATED",
            "estimate decline,                DECLINED",
            "estimate approve,                APPROVED",
            "estimate approve nonbillable,    NEW",
            "nonbillable,                     NEW",
            "estimate nonbillable billable,   NEW",
            "estimate decline estimate,       ESTIMATED"})
    void reopening_returnsTheTicketToWhereItsEstimateLeftIt(String steps, TicketStatus expected) {
        TicketNumber n = w.open("Returning work after " + steps);
        for (String step : steps.split(" ")) {
            switch (step) {
                case "estimate" -> say("/estimate", n + " 1-2h");
                case "approve", "decline" -> {
                    long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
                    Decision d = step.equals("approve") ? Decision.APPROVED : Decision.DECLINED;
                    assertThat(w.click(w.alice, w.aliceChannel, ActionCodec.encode(d, n, e)).tone()).isNotEqualTo(Reply.Tone.REFUSAL);
                }
                case "nonbillable" -> say("/ticket", "billable " + n + " no");
                case "billable" -> say("/ticket", "billable " + n + " yes");
                default -> { }
            }
        }
        say("/ticket", "close " + n + " done for now");
        assertThat(status(n)).isEqualTo(TicketStatus.CLOSED);

        say("/ticket", "reopen " + n);

        assertThat(status(n)).isEqualTo(expected);
        assertThat(records.events(n)).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("REOPENED");
            assertThat(e.detail()).isEqualTo(expected.label());
        });
        assertThat(w.ctx.tx(() -> w.ctx.stores().tickets().find(n).orElseThrow().closedAt())).isNull();
    }

    @Test
    void markingAnEstimatedTicketNonBillable_withdrawsItsEstimate() {
        TicketNumber n = w.open("Withdrawn estimate");
        say("/estimate", n + " 1h");
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());

        say("/ticket", "billable " + n + " no");

        assertThat(status(n)).isEqualTo(TicketStatus.NEW);
        Reply late = w.click(w.alice, w.aliceChannel, ActionCodec.encode(Decision.APPROVED, n, e));
        assertThat(late.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(late.text()).contains("replaced by a newer one (the ticket is now non-billable)");
        assertThat(records.kinds(n)).doesNotContain("APPROVED");
    }

    @Test
    void aDecision_isStored_audited_andSentToTheEstimatorDirectly() {
        TicketNumber n = w.open("Decision notice");
        w.say(w.staff2, w.aliceChannel, "/estimate", n + " 2-3h");
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());

        w.click(w.alice, w.aliceChannel, ActionCodec.encode(Decision.DECLINED, n, e));

        assertThat(status(n)).isEqualTo(TicketStatus.DECLINED);
        assertThat(records.events(n)).last().satisfies(ev -> {
            assertThat(ev.kind()).isEqualTo("DECLINED");
            assertThat(ev.actor()).isEqualTo("alice");
            assertThat(ev.detail()).isEqualTo("estimate 2–3 hours");
        });
        var told = records.outbox(Notice.Kind.ESTIMATE_DECIDED).stream().filter(m -> m.ticket() == n.value()).toList();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).channel()).isEqualTo("U_STAFF2");
        assertThat(told.get(0).direct()).isTrue();
        var decided = told.get(0).notice(Notice.EstimateDecided.class);
        assertThat(decided.decision()).isEqualTo(Decision.DECLINED);
        assertThat(decided.by()).isEqualTo("alice");
        assertThat(decided.range().describe()).isEqualTo("2–3 hours");
    }

    @Test
    void anEstimateOfAnotherTicket_decidesNothing() {
        TicketNumber a = w.open("Estimate A");
        TicketNumber b = w.open("Estimate B");
        say("/estimate", a + " 1h");
        long estimateOfA = w.ctx.tx(() -> w.ctx.stores().estimates().current(a).orElseThrow().id());

        Reply r = w.click(w.alice, w.aliceChannel, ActionCodec.encode(Decision.APPROVED, b, estimateOfA));

        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.text()).contains("does not belong to ticket " + b);
        assertThat(status(a)).isEqualTo(TicketStatus.ESTIMATED);
        assertThat(status(b)).isEqualTo(TicketStatus.NEW);
    }
}
