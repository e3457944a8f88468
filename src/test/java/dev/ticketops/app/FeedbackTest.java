package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.NoticeCards;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's one-click rating of a closed ticket: on the closure summary, once, only by the ticket's client people. */
class FeedbackTest {
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

    TicketNumber closed(String title) {
        TicketNumber n = w.approvedTicket(title);
        w.say(w.staff, w.aliceChannel, "/log", "1h " + n);
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " fixed it").tone()).isEqualTo(Reply.Tone.SUCCESS);
        return n;
    }

    @Test
    void theClosureSummary_carriesTheRatingButtons_andTheClientRatesOnce() {
        TicketNumber n = closed("Checkout bug");
        var closure = db.outbox(Notice.Kind.TICKET_CLOSED).get(0).notice(Notice.TicketClosed.class);
        Reply card = NoticeCards.notice(closure, SlackSyntax.INSTANCE);
        assertThat(card.plainText()).contains("Work completed", "How did we do?");
        assertThat(card.buttons()).extracting(Reply.Button::label, Reply.Button::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("👍", "rateup:" + n.value() + ":0"),
                        org.assertj.core.groups.Tuple.tuple("👎", "ratedown:" + n.value() + ":0"));

        Reply rated = w.click(w.alice, w.aliceChannel, "rateup:" + n.value() + ":0");
        assertThat(rated.tone()).as(rated.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(rated.text()).contains("Thank you for rating", "👍");

        Reply twice = w.click(w.alice, w.aliceChannel, "ratedown:" + n.value() + ":0");
        assertThat(twice.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(twice.text()).contains("already been rated");
        assertThat(db.count("SELECT COUNT(*) FROM ticket_ratings WHERE good AND ?", 1)).isOne();
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText()).contains("rated by @alice", "👍");
    }

    @Test
    void onlyTheTicketsClientPeople_mayRate_andOnlyAClosedTicket() {
        TicketNumber n = closed("Mail setup");
        Reply stranger = w.click(w.mallory, w.bobChannel, "rateup:" + n.value() + ":0");
        assertThat(stranger.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(stranger.text()).contains("does not exist, or it is not one of yours");
        Reply staff = w.click(w.staff, w.aliceChannel, "ratedown:" + n.value() + ":0");
        assertThat(staff.text()).contains("Only the client of ticket " + n + " can rate it");
        TicketNumber open = w.approvedTicket("Still in progress");
        assertThat(w.click(w.alice, w.aliceChannel, "rateup:" + open.value() + ":0").text()).contains("is not closed yet");
        assertThat(db.count("SELECT COUNT(*) FROM ticket_ratings WHERE ?", 1)).isZero();

    }

    @Test
    void theStaffDigest_showsTheSatisfactionOfTheLast30Days() {
        TicketNumber a = closed("One");
        TicketNumber b = closed("Two");
        w.click(w.alice, w.aliceChannel, "rateup:" + a.value() + ":0");
        w.click(w.alice, w.aliceChannel, "ratedown:" + b.value() + ":0");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "digest").plainText())
                .contains("Client satisfaction, last 30 days", "👍 1 · 👎 1 — 50% satisfied (2 ratings)");
        w.clock.advance(java.time.Duration.ofDays(31));
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "digest").plainText()).doesNotContain("Client satisfaction");
    }
}
