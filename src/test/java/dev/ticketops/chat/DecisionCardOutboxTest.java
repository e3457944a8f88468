package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.World;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client's decision on a card writes the card that replaces it to the outbox, in the decision's transaction and
 * addressed to the clicked message; delivered, it reads exactly as the reply to the click.
 */
class DecisionCardOutboxTest {
    static final Replaces CLICKED = new Replaces("1700000000.000100", "https://hooks.example/actions/T/1/abc");

    static Reply click(World w, String value, Replaces card) {
        String actionId = value.substring(0, value.indexOf(':'));
        return w.chat.click(new ChatAction(w.alice, w.aliceChannel, actionId, value, UUID.randomUUID().toString(), card));
    }

    static List<PendingMessage> cards(World w) {
        return w.ctx.tx(() -> w.database().outboxQueue().lockDue(w.clock.instant(), 100, Set.of(Platform.SLACK))).stream()
                .filter(m -> m.notice().kind() == Notice.Kind.ESTIMATE_CARD_DECIDED
                        || m.notice().kind() == Notice.Kind.EXTRA_TIME_CARD_DECIDED)
                .toList();
    }

    @Test
    void declining_anEstimate_queuesTheDeclinedCard_forTheClickedMessage() {
        try (World w = new World()) {
            TicketNumber n = w.open("Laptop is slow");
            long e = w.estimate(n, "1-2h");

            Reply reply = click(w, "decline:" + n.value() + ":" + e, CLICKED);

            List<PendingMessage> cards = cards(w);
            assertThat(cards).hasSize(1);
            PendingMessage m = cards.get(0);
            assertThat(m.destination().platform()).isEqualTo(Platform.SLACK);
            assertThat(m.destination().id()).isEqualTo("C_ALICE");
            assertThat(m.destination().replaces()).isEqualTo(CLICKED);
            assertThat(NoticeCards.notice(m.notice(), SlackSyntax.INSTANCE)).isEqualTo(reply);
            assertThat(reply.replaceOriginal()).isTrue();
            assertThat(reply.plainText()).contains("Declined by @alice", "staff will post a new estimate");
        }
    }

    @Test
    void approvingExtraTime_queuesTheDecidedExtraTimeCard_andASecondClickQueuesNothing() {
        try (World w = new World()) {
            TicketNumber n = w.approvedTicket("Migration", "1h");
            w.say(w.staff, w.aliceChannel, "/log", "1h30m " + n);
            long request = w.ctx.tx(() -> w.ctx.stores().overruns().pending(n).orElseThrow()).id();
            String value = "xapprove:" + n.value() + ":" + request;

            Reply reply = click(w, value, CLICKED);
            Reply again = click(w, value, CLICKED);

            List<PendingMessage> cards = cards(w);
            assertThat(cards).hasSize(1);
            assertThat(cards.get(0).notice().kind()).isEqualTo(Notice.Kind.EXTRA_TIME_CARD_DECIDED);
            assertThat(NoticeCards.notice(cards.get(0).notice(), SlackSyntax.INSTANCE)).isEqualTo(reply);
            assertThat(reply.plainText()).contains("@alice approved 30 minutes beyond the estimate");
            assertThat(again.plainText()).contains("already approved");
        }
    }

    @Test
    void aRefusedClick_queuesNoCard() {
        try (World w = new World()) {
            TicketNumber n = w.open("Printer");
            long e = w.estimate(n, "1h");

            Reply refused = w.chat.click(new ChatAction(w.staff, w.aliceChannel, "approve", "approve:" + n.value() + ":" + e,
                    UUID.randomUUID().toString(), CLICKED));

            assertThat(refused.tone()).isEqualTo(Reply.Tone.REFUSAL);
            assertThat(cards(w)).isEmpty();
        }
    }
}
