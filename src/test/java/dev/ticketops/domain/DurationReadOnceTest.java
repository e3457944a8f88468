package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.Reply;
import dev.ticketops.discord.DiscordInteraction;
import dev.ticketops.discord.DiscordInteractions;
import dev.ticketops.discord.DiscordSettings;
import dev.ticketops.support.World;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A {@code /log} reads its duration once, where the text arrives: the use case takes the {@link WorkDuration}, and the
 * request's ticket label comes from the parsed command. Counted with {@link WorkDuration#PARSES}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DurationReadOnceTest {
    private final World w = new World();

    @AfterAll
    void close() {
        w.close();
    }

    @Test
    void aSlackLog_readsItsDurationOnce() {
        TicketNumber n = w.approvedTicket("Slack log");
        long before = WorkDuration.PARSES.get();

        var answer = w.chat.answer(new dev.ticketops.chat.ChatRequest(w.staff, w.aliceChannel, "/log",
                "1.5h " + n + " fixed the CSS", "log-once-slack"));

        assertThat(answer.reply().tone()).as(answer.reply().plainText()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(answer.ticket()).isEqualTo(n);
        assertThat(WorkDuration.PARSES.get() - before).isEqualTo(1);
        assertThat(w.ctx.tx(() -> w.ctx.stores().timeEntries().totalMinutes(n))).isEqualTo(90);
    }

    @Test
    void aDiscordLog_readsItsDurationOnce() {
        TicketNumber n = w.approvedTicket("Discord log");
        var settings = new DiscordSettings(DiscordSettings.Mode.HTTP, Optional.empty(), Optional.empty(), Optional.empty(),
                DiscordSettings.DEFAULT_API_URL, Optional.empty(), Set.of("100000000000000001"), Optional.empty());
        var discord = new DiscordInteractions(w.chat, w.app.listTickets(), settings, (guild, role) -> Set.of());
        var log = new DiscordInteraction("900000000000000001", DiscordInteraction.COMMAND, "app", "token", null,
                "700000000000000100", "100000000000000001", "sam", List.of(), null, "log", null,
                Map.of("duration", "1h30m", "ticket", n.value(), "note", "on-site"), null, null);
        long before = WorkDuration.PARSES.get();

        var outcome = discord.handle(log);

        assertThat(WorkDuration.PARSES.get() - before).isEqualTo(1);
        assertThat(w.ctx.tx(() -> w.ctx.stores().timeEntries().totalMinutes(n))).isEqualTo(90);
        assertThat(outcome.ticket()).isEqualTo(n);
    }
}
