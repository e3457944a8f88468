package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketops.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Whatever people typed and however long a conversation grows, Slack gets blocks inside Block Kit's limits. */
class SlackLimitsTest {
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of("&", "<", ">", "@channel ", "@here ", "word ", "😀", "\n", "Настройка ", "a".repeat(50))
                .list().ofMinSize(0).ofMaxSize(3000).map(l -> String.join("", l));
    }

    @Property(tries = 60)
    void everyBlockFits_whateverTheText(@ForAll("hostile") String text, @ForAll("hostile") String value,
                                        @ForAll @IntRange(min = 0, max = 80) int fieldCount) {
        Reply.Builder b = Reply.publicly().title(text).text(text + text + text).footer(value);
        for (int i = 0; i < fieldCount; i++) {
            if (i % 3 == 0) {
                b.wideField("Message " + i + " " + value, value + value);
            } else {
                b.field("Field " + i, value);
            }
        }
        b.button(text.isEmpty() ? "Approve" : text, "approve", "approve:1:2", Reply.Style.PRIMARY);
        JsonNode blocks = SlackBlocks.blocks(b.build());
        assertWithinLimits(blocks);
        assertThat(SlackBlocks.fallback(b.build()).length()).isLessThanOrEqualTo(300);
    }

    @Test
    void aLongConversation_isCutWithAPointer_andKeepsItsButtonsAndFooter() {
        Reply.Builder b = Reply.publicly().title("Ticket #9 – VPN").text("é&".repeat(100_000)).footer("Next: staff estimates");
        for (int i = 0; i < 60; i++) {
            b.wideField("Ana (client, Slack) 09:" + i, "message " + i + " " + "<x>".repeat(900));
        }
        b.button("Approve", "approve", "approve:9:1", Reply.Style.PRIMARY);
        JsonNode blocks = SlackBlocks.blocks(b.build());
        assertWithinLimits(blocks);
        assertThat(blocks.size()).isEqualTo(SlackFit.BLOCKS);
        assertThat(blocks.get(blocks.size() - 1).path("type").asText()).isEqualTo("context");
        assertThat(blocks.get(blocks.size() - 2).path("type").asText()).isEqualTo("actions");
        String last = blocks.get(blocks.size() - 3).path("text").path("text").asText();
        assertThat(last).contains("more parts not shown", "kept with the ticket");
    }

    @Test
    void aLongField_endsWithTheMarker_notMidEntity() {
        Reply r = Reply.publicly().wideField("Work completed", "&".repeat(5000)).build();
        String text = SlackBlocks.blocks(r).get(0).path("text").path("text").asText();
        assertThat(text).hasSizeLessThanOrEqualTo(SlackFit.SECTION).endsWith(SlackFit.CUT).startsWith("*Work completed*\n&amp;");
        assertThat(text.replace(SlackFit.CUT, "")).matches("(?s)\\*Work completed\\*\\n(&amp;)+");
    }

    @Test
    void aShortReply_isUntouched() {
        Reply r = Reply.publicly().title("Ticket #1").text("fine & dandy").field("Status", "Open").footer("ok").build();
        String json = SlackBlocks.blocks(r).toString();
        assertThat(json).contains("fine &amp; dandy", "*Status*\\nOpen").doesNotContain("…");
    }

    @Test
    void aButtonLabel_isCutTo75() {
        Reply r = Reply.publicly().text("x").button("Take it ".repeat(20), "take", "take:1", Reply.Style.DEFAULT).build();
        String label = SlackBlocks.blocks(r).get(1).path("elements").get(0).path("text").path("text").asText();
        assertThat(label).hasSize(SlackFit.BUTTON_LABEL).endsWith("…");
    }

    static void assertWithinLimits(JsonNode blocks) {
        assertThat(blocks.size()).isLessThanOrEqualTo(SlackFit.BLOCKS);
        List<String> texts = new ArrayList<>();
        for (JsonNode block : blocks) {
            switch (block.path("type").asText()) {
                case "section" -> {
                    if (block.has("text")) {
                        texts.add(block.path("text").path("text").asText());
                        assertThat(block.path("text").path("text").asText()).hasSizeLessThanOrEqualTo(SlackFit.SECTION);
                    }
                    assertThat(block.path("fields").size()).isLessThanOrEqualTo(SlackFit.FIELDS);
                    block.path("fields").forEach(f -> {
                        texts.add(f.path("text").asText());
                        assertThat(f.path("text").asText()).hasSizeLessThanOrEqualTo(SlackFit.FIELD);
                    });
                }
                case "actions" -> block.path("elements").forEach(e ->
                        assertThat(e.path("text").path("text").asText()).hasSizeLessThanOrEqualTo(SlackFit.BUTTON_LABEL));
                case "context" -> block.path("elements").forEach(e -> {
                    texts.add(e.path("text").asText());
                    assertThat(e.path("text").asText()).hasSizeLessThanOrEqualTo(SlackFit.SECTION);
                });
                default -> throw new AssertionError("unexpected block " + block);
            }
        }
        for (String t : texts) {
            assertThat(t.replaceAll("&(amp|lt|gt);", "")).as("no raw or split entity").doesNotContain("&", "<", ">");
            assertThat(t).doesNotContainPattern("(?<![\\w@])@(channel|here)\\b");
            if (!t.isEmpty()) {
                assertThat(Character.isHighSurrogate(t.charAt(t.length() - 1))).isFalse();
            }
        }
    }
}
