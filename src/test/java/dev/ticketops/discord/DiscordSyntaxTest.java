package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.TicketNumber;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiscordSyntaxTest {
    private static final DiscordSyntax DISCORD = DiscordSyntax.INSTANCE;
    private static final Pattern OPTION = Pattern.compile("(?:^| |\\[)(\\w+):");
    /** "/command" or "/command subcommand" → the option names registered for it in bot-manifests/discord-commands.json. */
    private static final Map<String, Set<String>> REGISTERED = new HashMap<>();

    @BeforeAll
    static void readTheRegisteredCommands() throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(Path.of("bot-manifests", "discord-commands.json").toFile())) {
            String name = "/" + c.path("name").asText();
            for (JsonNode o : c.path("options")) {
                if (o.path("type").asInt() == 1) {
                    Set<String> names = REGISTERED.computeIfAbsent(name + " " + o.path("name").asText(), k -> new HashSet<>());
                    o.path("options").forEach(x -> names.add(x.path("name").asText()));
                } else {
                    REGISTERED.computeIfAbsent(name, k -> new HashSet<>()).add(o.path("name").asText());
                }
            }
        }
    }

    /** The registered command a rendered line starts with, and every option it names is one Discord knows. */
    private static void assertRegistered(String line) {
        String[] words = line.split(" ");
        String command = words.length > 1 && REGISTERED.containsKey(words[0] + " " + words[1]) ? words[0] + " " + words[1] : words[0];
        assertThat(REGISTERED).as(line).containsKey(command);
        var m = OPTION.matcher(line.substring(command.length()));
        while (m.find()) {
            assertThat(REGISTERED.get(command)).as(line).contains(m.group(1));
        }
        assertThat(line).as(line).doesNotContainPattern("#(\\d|N)");
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyAction_rendersARegisteredCommandWithItsOptions(Action action) {
        String filled = DISCORD.command(Suggestion.of(action, TicketNumber.of(12), action == Action.SET_BILLABLE ? "yes" : "x"));
        String placeholder = DISCORD.command(Suggestion.of(action));
        String usage = DISCORD.usage(action);

        assertRegistered(filled);
        assertRegistered(placeholder);
        assertRegistered(usage.substring(0, usage.indexOf(" — ")));
        assertThat(usage).contains(" — ");
    }

    @Test
    void aRefusalsHint_readsWithDiscordsOptions() {
        Hint reopen = Hint.run("Reopen it with ", Suggestion.of(Action.REOPEN_TICKET, TicketNumber.of(12)), " if the work continues.");

        assertThat(DISCORD.hint(reopen)).isEqualTo("Reopen it with /ticket reopen ticket:12 if the work continues.");
        assertThat(DISCORD.command(Suggestion.of(Action.ESTIMATE, TicketNumber.of(12), "2-3h"))).isEqualTo("/estimate ticket:12 hours:2-3h");
        assertThat(DISCORD.command(Suggestion.of(Action.LOG_TIME, TicketNumber.of(12)))).isEqualTo("/log duration:<duration> ticket:12");
        assertThat(DISCORD.command(Suggestion.of(Action.SET_BILLABLE, TicketNumber.of(3), "yes"))).isEqualTo("/ticket billable ticket:3 value:True");
        assertThat(DISCORD.command(Suggestion.of(Action.OPEN_TICKET, "Checkout bug fix | what happens and since when")))
                .isEqualTo("/ticket open title:Checkout bug fix description:what happens and since when");
        assertThat(DISCORD.hint(Hint.usage("Usage: ", Action.OVERRIDE_OVERDUE, "")))
                .startsWith("Usage: /invoice override ticket:N reason:<reason> — ");
    }
}
