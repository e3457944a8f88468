package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.domain.Action;
import dev.ticketops.slack.SlackSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What bot-manifests/ asks Slack and Discord for matches what the code uses and what the README promises. */
class BotManifestsTest {
    static final Path SLACK = Path.of("bot-manifests", "slack-app-manifest.yml");
    static final Path SLACK_SOCKET = Path.of("bot-manifests", "slack-app-manifest.socket.yml");
    static final Path DISCORD = Path.of("bot-manifests", "discord-commands.json");
    static final Pattern SUBCOMMAND = Pattern.compile("(?m)^/(\\w+) ([a-z]+)\\b");

    @Test
    void slack_asksOnlyForScopesTheCodeUses() throws Exception {
        JsonNode manifest = DeploymentFilesTest.YAML.readTree(SLACK.toFile());
        List<String> scopes = new ArrayList<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).containsExactlyInAnyOrder("commands", "chat:write", "chat:write.public", "im:history", "app_mentions:read");
        // im:write is for conversations.open; a DM is chat.postMessage to the user's id, which chat:write covers
        assertThat(sourceContaining("conversations.open", "conversationsOpen")).isEmpty();
        assertThat(Files.readString(Path.of("README.md"))).doesNotContain("im:write");
    }

    @Test
    void slackSocket_isTheHttpManifestWithSocketModeOn_andNoRequestUrls() throws Exception {
        JsonNode http = DeploymentFilesTest.YAML.readTree(SLACK.toFile());
        JsonNode socket = DeploymentFilesTest.YAML.readTree(SLACK_SOCKET.toFile());
        assertThat(socket.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
        assertThat(http.path("settings").path("socket_mode_enabled").asBoolean()).isFalse();
        assertThat(Files.readString(SLACK_SOCKET)).doesNotContain("url:", "YOUR-HOST");
        // the same app otherwise: commands, hints, scopes, events, interactivity
        JsonNode withoutUrls = http.deepCopy();
        withoutUrls.path("features").path("slash_commands").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("url"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutUrls.path("settings").path("event_subscriptions")).remove("request_url");
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutUrls.path("settings").path("interactivity")).remove("request_url");
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutUrls.path("settings")).put("socket_mode_enabled", true);
        assertThat(socket).isEqualTo(withoutUrls);
    }

    @Test
    void slack_usageHints_nameEverySubcommand() throws Exception {
        JsonNode manifest = DeploymentFilesTest.YAML.readTree(SLACK.toFile());
        Map<String, String> hints = new LinkedHashMap<>();
        manifest.path("features").path("slash_commands").forEach(c -> hints.put(c.path("command").asText(), c.path("usage_hint").asText()));
        assertThat(hints).containsOnlyKeys("/ticket", "/estimate", "/log", "/invoice");
        Map<String, Set<String>> subcommands = subcommands(Arrays.stream(Action.values()).map(SlackSyntax.INSTANCE::usage)
                .collect(Collectors.joining("\n")));
        assertThat(subcommands.get("ticket")).contains("list", "show", "close", "reopen", "billable", "link", "digest", "help");
        subcommands.forEach((command, words) -> words.forEach(word ->
                assertThat(hints.get("/" + command)).as("usage hint of /" + command).containsPattern("(^|· )" + word + "\\b")));
        assertThat(hints.get("/ticket")).startsWith("<title>");
    }

    @Test
    void discord_hidesStaffOnlyCommandsFromMembers_andUsesContexts() throws Exception {
        JsonNode commands = new ObjectMapper().readTree(DISCORD.toFile());
        Set<String> staffOnly = staffOnlyCommands();
        assertThat(staffOnly).containsExactlyInAnyOrder("estimate", "log");
        for (JsonNode c : commands) {
            String name = c.path("name").asText();
            assertThat(c.has("dm_permission")).as("/" + name + " uses the deprecated dm_permission").isFalse();
            assertThat(c.path("contexts").toString()).as("/" + name + ": guild channels only, as the bot answers there").isEqualTo("[0]");
            if (staffOnly.contains(name)) {
                assertThat(c.path("default_member_permissions").asText()).as("/" + name + " is hidden until a server admin allows it")
                        .isEqualTo("0");
            } else {
                assertThat(c.has("default_member_permissions")).as("/" + name + " is for clients too").isFalse();
            }
        }
    }

    /** Top-level commands whose every row in the README's command table is "staff" (Discord can only hide whole commands). */
    static Set<String> staffOnlyCommands() throws IOException {
        Map<String, Boolean> allStaff = new LinkedHashMap<>();
        var row = Pattern.compile("^\\| `/(\\w+)[^|]*` \\| (\\w+) \\|");
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            var m = row.matcher(line);
            if (m.find()) {
                allStaff.merge(m.group(1), m.group(2).equals("staff"), Boolean::logicalAnd);
            }
        }
        assertThat(allStaff).containsOnlyKeys("ticket", "estimate", "log", "invoice");
        Set<String> staff = new LinkedHashSet<>();
        allStaff.forEach((k, v) -> {
            if (v) {
                staff.add(k);
            }
        });
        return staff;
    }

    static Map<String, Set<String>> subcommands(String usage) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        var matcher = SUBCOMMAND.matcher(usage);
        while (matcher.find()) {
            m.computeIfAbsent(matcher.group(1), k -> new LinkedHashSet<>()).add(matcher.group(2));
        }
        return m;
    }

    static List<Path> sourceContaining(String... needles) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    String text = Files.readString(f);
                    return Stream.of(needles).anyMatch(text::contains);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }
}
