package dev.ticketops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketops.chat.ActionCodec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a signed body has the shape the handlers rely on — a slash command with its user, channel and team, a
 * button click with its action, a modal submission with its view, an event callback with its event — before Bolt sees
 * it. What is missing becomes a 400 with a reason; the body itself is never part of the reason (nor of any log line).
 */
final class SlackPayloads {
    private SlackPayloads() {
    }

    /** Why the body is not something this app handles, or empty when it is well-formed. */
    static Optional<String> problem(String contentType, String body, List<String> commands) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return json(body).filter(JsonNode::isObject).map(SlackPayloads::event)
                    .orElse(Optional.of("the JSON body is not a Slack event"));
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, List<String>> form = form(body);
            if (form == null) {
                return Optional.of("the form body cannot be decoded");
            }
            if (form.containsKey("payload")) {
                return json(form.get("payload").get(0)).filter(JsonNode::isObject).map(SlackPayloads::interaction)
                        .orElse(Optional.of("the payload field is not a Slack interaction"));
            }
            if (form.containsKey("ssl_check")) {
                return Optional.empty();
            }
            if (form.containsKey("command")) {
                return command(form, commands);
            }
            return Optional.of("the form body is neither a slash command nor an interaction");
        }
        return Optional.of("unsupported content type " + (contentType == null ? "(none)" : contentType));
    }

    private static Optional<String> command(Map<String, List<String>> form, List<String> commands) {
        String command = first(form, "command");
        if (!commands.contains(command)) {
            return Optional.of("a slash command this app does not have");
        }
        for (String field : List.of("user_id", "channel_id", "team_id", "response_url", "trigger_id")) {
            if (first(form, field).isBlank()) {
                return Optional.of("a slash command without " + field);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> interaction(JsonNode p) {
        String type = p.path("type").asText("");
        if (!p.path("user").path("id").isTextual()) {
            return Optional.of(describe(type) + " without user.id");
        }
        if (!p.path("team").path("id").isTextual() && !p.path("user").path("team_id").isTextual()) {
            return Optional.of(describe(type) + " without a team");
        }
        switch (type) {
            case "block_actions" -> {
                JsonNode actions = p.path("actions");
                if (!actions.isArray() || actions.isEmpty()) {
                    return Optional.of("block_actions without actions");
                }
                if (!actions.get(0).path("action_id").isTextual() || !actions.get(0).path("value").isTextual()) {
                    return Optional.of("block_actions whose action has no action_id or value");
                }
                if (!ActionCodec.ACTION_IDS.contains(actions.get(0).path("action_id").asText())) {
                    return Optional.of("a button this app does not have");
                }
                if (!p.path("response_url").isTextual()) {
                    return Optional.of("block_actions without response_url");
                }
                return Optional.empty();
            }
            case "view_submission" -> {
                JsonNode view = p.path("view");
                if (!view.isObject()) {
                    return Optional.of("view_submission without view");
                }
                if (!view.path("callback_id").isTextual() || !view.path("state").path("values").isObject()) {
                    return Optional.of("view_submission whose view has no callback_id or state.values");
                }
                if (!view.path("callback_id").asText().equals(SlackBlocks.OPEN_TICKET_VIEW)) {
                    return Optional.of("a form this app does not have");
                }
                return Optional.empty();
            }
            default -> {
                return Optional.of("an interaction of a type this app does not handle");
            }
        }
    }

    private static Optional<String> event(JsonNode e) {
        String type = e.path("type").asText("");
        switch (type) {
            case "url_verification" -> {
                return e.path("challenge").isTextual() ? Optional.empty() : Optional.of("url_verification without challenge");
            }
            case "event_callback" -> {
                JsonNode event = e.path("event");
                if (!event.isObject() || !event.path("type").isTextual()) {
                    return Optional.of("event_callback without event");
                }
                if (!e.path("event_id").isTextual() || !e.path("team_id").isTextual()) {
                    return Optional.of("event_callback without event_id or team_id");
                }
                if (!SlackApp.EVENTS.contains(event.path("type").asText())) {
                    return Optional.of("an event this app does not subscribe to");
                }
                return Optional.empty();
            }
            case "app_rate_limited" -> {
                return Optional.empty();
            }
            default -> {
                return Optional.of(type.isEmpty() ? "the JSON body is not a Slack event" : "an event of a type this app does not handle");
            }
        }
    }

    private static String describe(String type) {
        return type.isEmpty() ? "an interaction" : type;
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> v = form.get(field);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }

    private static Optional<JsonNode> json(String s) {
        try {
            return Optional.ofNullable(SlackBlocks.JSON.readTree(s));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> form(String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return out;
    }
}
