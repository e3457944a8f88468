package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.Reply;
import org.junit.jupiter.api.Test;

class SlackBlocksTest {

    @Test
    void aTicketCard_showsItsFieldsButtonsAndNextStep_escapingWhatSlackWouldReadAsMarkup() {
        Reply card = Reply.publicly().title("Ticket #7 – <script> & co").text("Line one\nLine two")
                .field("Status", "Approved — work may begin").field("Client", "Acme").field("Estimate", "2–3 hours at $12/hour")
                .field("Time logged", "1.5 hours").wideField("Work completed", "Fixed it")
                .button("Approve", "approve", "approve:7:3", Reply.Style.PRIMARY)
                .button("Decline", "decline", "decline:7:3", Reply.Style.DANGER)
                .footer("Next: staff logs time").build();
        String json = SlackBlocks.message(card).toString();
        assertThat(json).contains("\"response_type\":\"in_channel\"", "Ticket #7 – &lt;script&gt; &amp; co",
                "*Status*\\nApproved — work may begin", "*Estimate*\\n2–3 hours at $12/hour", "*Time logged*\\n1.5 hours",
                "*Work completed*\\nFixed it", "\"action_id\":\"approve\"", "\"value\":\"approve:7:3\"", "\"style\":\"danger\"",
                "Next: staff logs time");
        assertThat(SlackBlocks.fallback(card)).isEqualTo("Ticket #7 – &lt;script&gt; &amp; co");
    }

    @Test
    void privateReplies_areEphemeral_andLongTextIsSplitUnderSlacksLimit() {
        Reply r = Reply.privately().text("x".repeat(7000)).build();
        var msg = SlackBlocks.message(r);
        assertThat(msg.get("response_type").asText()).isEqualTo("ephemeral");
        msg.get("blocks").forEach(b -> assertThat(b.get("text").get("text").asText().length()).isLessThanOrEqualTo(3000));
        assertThat(msg.get("blocks").size()).isEqualTo(3);
    }
}
