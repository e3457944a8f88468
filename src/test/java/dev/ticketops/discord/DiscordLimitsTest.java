package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketops.chat.Reply;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Whatever the text, both transports send Discord a message inside its limits (JDA would throw, REST would answer 400). */
class DiscordLimitsTest {

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of("[link](https://x) ", "@everyone ", "word ", "😀", "\n", "Настройка ", "b".repeat(300))
                .list().ofMinSize(0).ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 60)
    void everyMessageFits(@ForAll("text") String text, @ForAll("text") String value,
                          @ForAll @IntRange(min = 0, max = 40) int fieldCount, @ForAll @IntRange(min = 0, max = 30) int buttons) {
        Reply.Builder b = Reply.publicly().title(text.isBlank() ? "T" : text).text(text + text + text).footer(value.isBlank() ? null : value);
        for (int i = 0; i < fieldCount; i++) {
            b.field("Field " + i + " " + value, value);
        }
        for (int i = 0; i < buttons; i++) {
            b.button("Button " + i + " " + text, "a" + i, "take:" + i, Reply.Style.DEFAULT);
        }
        Reply r = b.build();
        JsonNode m = DiscordJson.message(r, false);
        JsonNode e = m.path("embeds").get(0);
        int total = e.path("title").asText().length() + e.path("description").asText().length()
                + e.path("footer").path("text").asText().length();
        assertThat(e.path("title").asText()).hasSizeLessThanOrEqualTo(DiscordFit.TITLE);
        assertThat(e.path("description").asText()).hasSizeLessThanOrEqualTo(DiscordFit.DESCRIPTION);
        assertThat(e.path("fields").size()).isLessThanOrEqualTo(DiscordFit.FIELDS);
        for (JsonNode f : e.path("fields")) {
            assertThat(f.path("name").asText()).hasSizeLessThanOrEqualTo(DiscordFit.FIELD_NAME);
            assertThat(f.path("value").asText()).hasSizeLessThanOrEqualTo(DiscordFit.FIELD_VALUE).isNotEmpty();
            total += f.path("name").asText().length() + f.path("value").asText().length();
        }
        assertThat(total).isLessThanOrEqualTo(DiscordFit.EMBED_TOTAL);
        assertThat(m.path("components").size()).isLessThanOrEqualTo(DiscordFit.ROWS);
        for (JsonNode row : m.path("components")) {
            assertThat(row.path("components").size()).isBetween(1, DiscordFit.BUTTONS_PER_ROW);
            row.path("components").forEach(x -> assertThat(x.path("label").asText()).hasSizeLessThanOrEqualTo(DiscordFit.BUTTON_LABEL));
        }
        MessageCreateData jda = JdaMessages.create(r); // JDA's builders throw on anything over Discord's limits
        assertThat(jda.getEmbeds()).hasSize(1);
        assertThat(jda.getEmbeds().get(0).getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }

    @Test
    void aLongDescription_isCutWithThePointer_andTheFieldsStay() {
        Reply r = Reply.publicly().title("Ticket #4").text("x".repeat(10_000)).field("Status", "Open").build();
        JsonNode e = DiscordJson.message(r, false).path("embeds").get(0);
        assertThat(e.path("description").asText()).hasSize(DiscordFit.DESCRIPTION).endsWith(DiscordFit.CUT);
        assertThat(e.path("fields").get(0).path("value").asText()).isEqualTo("Open");
    }

    @Test
    void manyFields_leaveAPointerToTheRest() {
        Reply.Builder b = Reply.publicly().text("conversation");
        for (int i = 0; i < 30; i++) {
            b.field("Message " + i, "hi");
        }
        JsonNode fields = DiscordJson.message(b.build(), false).path("embeds").get(0).path("fields");
        assertThat(fields).hasSize(DiscordFit.FIELDS);
        assertThat(fields.get(DiscordFit.FIELDS - 1).path("value").asText()).startsWith("6 more not shown");
    }

    @Test
    void shortTextIsUntouched_andContentIsCutTo2000() {
        Reply r = Reply.publicly().title("Ticket #1").text("fine").build();
        assertThat(DiscordJson.message(r, false).path("embeds").get(0).path("description").asText()).isEqualTo("fine");
        assertThat(DiscordFit.content("y".repeat(2500))).hasSize(DiscordFit.CONTENT).endsWith(DiscordFit.CUT);
        assertThat(DiscordFit.content("short")).isEqualTo("short");
    }
}
