package dev.ticketops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.slack.SlackSignature;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plays Slack: builds slash commands, button clicks, modal submissions and events, signed, and posts them. */
public final class SlackClient {
    public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final String TEAM = "T0TEAM";
    static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final String responseBase;
    private final Clock clock;
    private final SlackSignature signer = new SlackSignature(SECRET);

    public SlackClient(String endpoint, String responseBase, Clock clock) {
        this.endpoint = endpoint;
        this.responseBase = responseBase;
        this.clock = clock;
    }

    public record User(String id, String name) {
    }

    /** A signed request ready to post (and to post again). */
    public record Signed(String body, String contentType, String timestamp, String signature) {
    }

    public Signed sign(String body, String contentType, long timestamp) {
        String ts = Long.toString(timestamp);
        return new Signed(body, contentType, ts, signer.sign(ts, body.getBytes(StandardCharsets.UTF_8)));
    }

    public Signed sign(String body, String contentType) {
        return sign(body, contentType, clock.instant().getEpochSecond());
    }

    public HttpResponse<String> post(Signed s) {
        return post(s, Map.of());
    }

    public HttpResponse<String> post(Signed s, Map<String, String> extra) {
        Map<String, String> h = new LinkedHashMap<>(extra);
        h.put("Content-Type", s.contentType());
        h.put("X-Slack-Request-Timestamp", s.timestamp());
        h.put("X-Slack-Signature", s.signature());
        return Http.post(endpoint, s.body(), h);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String responseUrl() {
        return responseBase + "/response/" + UUID.randomUUID();
    }

    public Signed command(User u, String channel, String command, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", TEAM);
        f.put("team_domain", "agency");
        f.put("channel_id", channel);
        f.put("channel_name", "support");
        f.put("user_id", u.id());
        f.put("user_name", u.name());
        f.put("command", command);
        f.put("text", text);
        f.put("api_app_id", "A0APP");
        f.put("response_url", responseUrl());
        f.put("trigger_id", "trigger-" + UUID.randomUUID());
        return sign(form(f), "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> slash(User u, String channel, String command, String text) {
        return post(command(u, channel, command, text));
    }

    public Signed click(User u, String channel, String actionId, String value, String responseUrl) {
        ObjectNode p = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0APP").put("token", "legacy")
                .put("trigger_id", "trigger-" + UUID.randomUUID()).put("response_url", responseUrl);
        p.putObject("team").put("id", TEAM).put("domain", "agency");
        p.putObject("user").put("id", u.id()).put("username", u.name()).put("name", u.name()).put("team_id", TEAM);
        p.putObject("channel").put("id", channel).put("name", "support");
        p.putObject("container").put("type", "message").put("message_ts", "1700000000.000100").put("channel_id", channel);
        p.putObject("message").put("type", "message").put("ts", "1700000000.000100").put("text", "estimate");
        ObjectNode a = p.putArray("actions").addObject().put("action_id", actionId).put("block_id", "ticket_actions")
                .put("value", value).put("type", "button").put("action_ts", "1700000001.000200");
        a.putObject("text").put("type", "plain_text").put("text", actionId);
        return sign(form(Map.of("payload", p.toString())), "application/x-www-form-urlencoded");
    }

    public Signed submitTicketForm(User u, String channel, String title, String description, boolean urgent) {
        ObjectNode p = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0APP").put("token", "legacy")
                .put("trigger_id", "trigger-" + UUID.randomUUID());
        p.putObject("team").put("id", TEAM).put("domain", "agency");
        p.putObject("user").put("id", u.id()).put("username", u.name()).put("name", u.name()).put("team_id", TEAM);
        ObjectNode view = p.putObject("view").put("id", "V1").put("type", "modal").put("callback_id", "ticket_open")
                .put("private_metadata", channel).put("team_id", TEAM);
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("title").putObject("value").put("type", "plain_text_input").put("value", title);
        values.putObject("description").putObject("value").put("type", "plain_text_input").put("value", description);
        var opts = values.putObject("urgent").putObject("value").put("type", "checkboxes").putArray("selected_options");
        if (urgent) {
            opts.addObject().put("value", "urgent").putObject("text").put("type", "plain_text").put("text", "Urgent");
        }
        return sign(form(Map.of("payload", p.toString())), "application/x-www-form-urlencoded");
    }

    public Signed event(String eventId, ObjectNode event) {
        ObjectNode e = JSON.createObjectNode().put("token", "legacy").put("team_id", TEAM).put("api_app_id", "A0APP")
                .put("type", "event_callback").put("event_id", eventId).put("event_time", clock.instant().getEpochSecond());
        e.set("event", event);
        return sign(e.toString(), "application/json");
    }

    public static ObjectNode directMessage(User from, String channel, String text) {
        return JSON.createObjectNode().put("type", "message").put("channel", channel).put("user", from.id())
                .put("text", text).put("ts", "1700000000.000300").put("channel_type", "im");
    }

    public static ObjectNode mention(User from, String channel, String text) {
        return JSON.createObjectNode().put("type", "app_mention").put("channel", channel).put("user", from.id())
                .put("text", text).put("ts", "1700000000.000400");
    }
}
