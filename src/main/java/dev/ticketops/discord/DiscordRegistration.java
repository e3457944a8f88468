package dev.ticketops.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.app.port.DeliveryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Installs {@code bot-manifests/discord-commands.json} (the source of truth) globally or in one guild with a bulk
 * overwrite, and reports what changed compared with what was installed.
 */
public final class DiscordRegistration {
    /**
     * Fields Discord adds to installed commands that are not part of the definition. {@code contexts} and
     * {@code default_member_permissions} are part of it (where a command shows, and who sees it by default) and are
     * compared; {@code dm_permission} is Discord's deprecated echo of {@code contexts}.
     */
    private static final Set<String> SERVER_FIELDS = Set.of("id", "application_id", "version", "guild_id", "default_permission",
            "nsfw", "integration_types", "dm_permission", "name_localizations", "description_localizations", "handler");

    public record Report(Optional<String> guild, List<String> added, List<String> changed, List<String> removed,
                         List<String> unchanged) {
        public String describe() {
            StringBuilder sb = new StringBuilder("Discord commands " + guild.map(g -> "in guild " + g).orElse("(global)") + ":\n");
            added.forEach(n -> sb.append("  added     /").append(n).append('\n'));
            changed.forEach(n -> sb.append("  changed   /").append(n).append('\n'));
            removed.forEach(n -> sb.append("  removed   /").append(n).append('\n'));
            unchanged.forEach(n -> sb.append("  unchanged /").append(n).append('\n'));
            if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) {
                sb.append("  nothing to change\n");
            }
            return sb.toString();
        }
    }

    private final DiscordRest rest;

    public DiscordRegistration(DiscordRest rest) {
        this.rest = rest;
    }

    /** Reads the definitions from {@code bot-manifests/discord-commands.json}, or the copy inside the jar. */
    public static ArrayNode definitions(Path dir) throws IOException {
        Path file = dir.resolve("bot-manifests").resolve("discord-commands.json");
        if (Files.isRegularFile(file)) {
            return (ArrayNode) DiscordJson.JSON.readTree(file.toFile());
        }
        try (InputStream in = DiscordRegistration.class.getResourceAsStream("/bot-manifests/discord-commands.json")) {
            if (in == null) {
                throw new IOException("bot-manifests/discord-commands.json not found");
            }
            return (ArrayNode) DiscordJson.JSON.readTree(in);
        }
    }

    /**
     * The definitions with {@code /invoice paid}'s {@code method} choices set to the agency's {@code PAYMENT_METHODS}
     * (at most 25, Discord's limit for choices), so Discord offers exactly the methods the server accepts.
     */
    public static ArrayNode withPaymentMethods(ArrayNode definitions, dev.ticketops.domain.PaymentMethods methods) {
        ArrayNode copy = definitions.deepCopy();
        for (JsonNode command : copy) {
            for (JsonNode sub : command.path("options")) {
                if (!command.path("name").asText().equals("invoice") || !sub.path("name").asText().equals("paid")) {
                    continue;
                }
                for (JsonNode option : sub.path("options")) {
                    if (option.path("name").asText().equals("method") && option instanceof ObjectNode o) {
                        ArrayNode choices = o.putArray("choices");
                        methods.all().stream().limit(25).forEach(m -> choices.addObject()
                                .put("name", dev.ticketops.domain.Text.clip(m.label(), 100)).put("value", m.code()));
                    }
                }
            }
        }
        return copy;
    }

    public Report register(String applicationId, Optional<String> guildId, ArrayNode wanted) throws DeliveryException {
        Map<String, JsonNode> before = byName(rest.commands(applicationId, guildId));
        Map<String, JsonNode> desired = byName(wanted);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        desired.forEach((name, def) -> {
            JsonNode old = before.get(name);
            if (old == null) {
                added.add(name);
            } else if (!normalize(old).equals(normalize(def))) {
                changed.add(name);
            } else {
                unchanged.add(name);
            }
        });
        before.keySet().stream().filter(n -> !desired.containsKey(n)).forEach(removed::add);
        if (!added.isEmpty() || !changed.isEmpty() || !removed.isEmpty()) {
            rest.overwriteCommands(applicationId, guildId, wanted);
        }
        return new Report(guildId, added, changed, removed, unchanged);
    }

    private static Map<String, JsonNode> byName(JsonNode commands) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        commands.forEach(c -> m.put(c.path("name").asText(), c));
        return m;
    }

    /** Compares definitions without server-side fields and defaults (null, required false, autocomplete false). */
    static JsonNode normalize(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = DiscordJson.JSON.createObjectNode();
            n.fields().forEachRemaining(e -> {
                String k = e.getKey();
                JsonNode v = e.getValue();
                boolean isDefault = v.isNull()
                        || (k.equals("required") || k.equals("autocomplete")) && v.isBoolean() && !v.asBoolean();
                if (!SERVER_FIELDS.contains(k) && !isDefault) {
                    o.set(k, normalize(v));
                }
            });
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = DiscordJson.JSON.createArrayNode();
            n.forEach(x -> a.add(normalize(x)));
            return a;
        }
        return n;
    }
}
