package dev.ticketops.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders neutral replies as Discord messages (an embed with button components) and interaction responses. */
public final class DiscordJson {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final int EPHEMERAL = 64;

    private DiscordJson() {
    }

    static int color(Reply.Tone tone) {
        return switch (tone) {
            case SUCCESS -> 0x2ECC71;
            case WARNING -> 0xF1C40F;
            case REFUSAL -> 0xE74C3C;
            case ERROR -> 0x992D22;
            case INFO -> 0x3498DB;
        };
    }

    /** The reply's embed; {@code r} is already fitted by {@link DiscordFit#embed}. */
    private static ObjectNode embed(Reply r) {
        ObjectNode e = JSON.createObjectNode().put("color", color(r.tone()));
        if (r.title() != null) {
            e.put("title", r.title());
        }
        if (!r.text().isBlank()) {
            e.put("description", r.text());
        }
        if (!r.fields().isEmpty()) {
            ArrayNode fields = e.putArray("fields");
            r.fields().forEach(f -> fields.addObject().put("name", f.label()).put("value", f.value()).put("inline", f.inline()));
        }
        if (r.footer() != null) {
            e.putObject("footer").put("text", r.footer());
        }
        return e;
    }

    /**
     * A message body: the embed, the buttons in action rows of five, no pings, and the ephemeral flag for private
     * replies; within Discord's limits whatever the text ({@link DiscordFit}).
     */
    public static ObjectNode message(Reply reply, boolean allowEphemeral) {
        Reply r = DiscordFit.embed(reply.mapText(DiscordMarkup::defuse));
        ObjectNode m = JSON.createObjectNode();
        m.putArray("embeds").add(embed(r));
        ArrayNode components = m.putArray("components");
        for (int i = 0; i < r.buttons().size(); i += DiscordFit.BUTTONS_PER_ROW) {
            ArrayNode row = components.addObject().put("type", 1).putArray("components");
            for (Reply.Button b : r.buttons().subList(i, Math.min(i + DiscordFit.BUTTONS_PER_ROW, r.buttons().size()))) {
                row.addObject().put("type", 2).put("style", switch (b.style()) {
                    case PRIMARY -> 3;
                    case DANGER -> 4;
                    case DEFAULT -> 2;
                }).put("label", b.label()).put("custom_id", b.value());
            }
        }
        m.putObject("allowed_mentions").putArray("parse");
        if (allowEphemeral && !r.isPublic()) {
            m.put("flags", EPHEMERAL);
        }
        return m;
    }

    public static ObjectNode response(DiscordOutcome o) {
        ObjectNode resp = JSON.createObjectNode();
        switch (o.kind()) {
            case MESSAGE -> resp.put("type", 4).set("data", message(o.reply(), true));
            case UPDATE -> resp.put("type", 7).set("data", message(o.reply(), false));
            case CHOICES -> {
                resp.put("type", 8);
                ArrayNode choices = resp.putObject("data").putArray("choices");
                o.choices().forEach(c -> choices.addObject().put("name", c.name()).put("value", c.value()));
            }
        }
        return resp;
    }

    /** Reads an interaction's JSON into the neutral form both transports share. */
    public static DiscordInteraction interaction(JsonNode n) {
        JsonNode member = n.path("member");
        JsonNode user = member.has("user") ? member.path("user") : n.path("user");
        String name = text(user, "global_name");
        if (name == null) {
            name = text(user, "username");
        }
        List<String> roles = new ArrayList<>();
        member.path("roles").forEach(r -> roles.add(r.asText()));
        JsonNode data = n.path("data");
        String sub = null;
        JsonNode options = data.path("options");
        if (options.isArray() && !options.isEmpty() && options.get(0).path("type").asInt() == 1) {
            sub = options.get(0).path("name").asText();
            options = options.get(0).path("options");
        }
        Map<String, Object> values = new HashMap<>();
        String focused = null;
        for (JsonNode o : options) {
            JsonNode v = o.path("value");
            String key = o.path("name").asText();
            if (v.isBoolean()) {
                values.put(key, v.asBoolean());
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                values.put(key, v.asLong());
            } else if (!v.isMissingNode() && !v.isNull()) {
                values.put(key, v.asText());
            }
            if (o.path("focused").asBoolean(false)) {
                focused = key;
            }
        }
        String channel = text(n, "channel_id");
        if (channel == null) {
            channel = text(n.path("channel"), "id");
        }
        return new DiscordInteraction(text(n, "id"), n.path("type").asInt(), text(n, "application_id"), text(n, "token"),
                text(n, "guild_id"), channel, text(user, "id"), name, roles, null, text(data, "name"), sub, values, focused,
                text(data, "custom_id"), text(n.path("message"), "id"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
