package dev.ticketops.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.outbound.Resilience;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Discord's REST API at {@code DISCORD_API_URL}, through the {@link Resilience} policies. A 429 is retried after the
 * {@code retry_after} Discord gives (body or Retry-After header); 5xx and network errors are retryable; other 4xx
 * are permanent.
 */
public final class DiscordRest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Optional<String> botToken;
    private final Resilience resilience;

    public DiscordRest(String apiUrl, Optional<String> botToken, Resilience resilience) {
        this.base = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.botToken = botToken;
        this.resilience = resilience;
    }

    public Resilience resilience() {
        return resilience;
    }

    public String createMessage(String channelId, JsonNode message) throws DeliveryException {
        return call(channelId, "POST", "/channels/" + channelId + "/messages", message, true).path("id").asText();
    }

    /** The id of the bot's DM channel with a user. */
    /** Starts a public thread on message {@code messageId} (Create Public Threads); returns the thread's channel id. */
    public String startThread(String channelId, String messageId, String name) throws DeliveryException {
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("name", name).put("auto_archive_duration", 10080);
        return call(channelId, "POST", "/channels/" + channelId + "/messages/" + messageId + "/threads", body, true)
                .path("id").asText();
    }

    /** Deletes a message (Manage Messages, for another person's message). */
    public void deleteMessage(String channelId, String messageId) throws DeliveryException {
        call(channelId, "DELETE", "/channels/" + channelId + "/messages/" + messageId, null, true);
    }

    public String openDm(String userId) throws DeliveryException {
        var body = DiscordJson.JSON.createObjectNode().put("recipient_id", userId);
        return call(null, "POST", "/users/@me/channels", body, true).path("id").asText();
    }

    /** Edits a message the bot posted (needs the bot token; no time limit). */
    public String editMessage(String channelId, String messageId, JsonNode message) throws DeliveryException {
        return call(channelId, "PATCH", "/channels/" + channelId + "/messages/" + messageId, message, true).path("id").asText(messageId);
    }

    /** Edits the message of the interaction whose webhook ({@code application id/token}) is given (15 minutes). */
    public void editOriginal(String webhook, JsonNode message) throws DeliveryException {
        call(null, "PATCH", "/webhooks/" + webhook + "/messages/@original", message, false);
    }

    public void editOriginal(String applicationId, String token, JsonNode message) throws DeliveryException {
        call(null, "PATCH", "/webhooks/" + applicationId + "/" + token + "/messages/@original", message, false);
    }

    public void followUp(String applicationId, String token, JsonNode message) throws DeliveryException {
        call(null, "POST", "/webhooks/" + applicationId + "/" + token, message, false);
    }

    public void deleteOriginal(String applicationId, String token) throws DeliveryException {
        call(null, "DELETE", "/webhooks/" + applicationId + "/" + token + "/messages/@original", null, false);
    }

    public JsonNode commands(String applicationId, Optional<String> guildId) throws DeliveryException {
        return call(null, "GET", commandsPath(applicationId, guildId), null, true);
    }

    public JsonNode overwriteCommands(String applicationId, Optional<String> guildId, JsonNode commands) throws DeliveryException {
        return call(null, "PUT", commandsPath(applicationId, guildId), commands, true);
    }

    public JsonNode guildRoles(String guildId) throws DeliveryException {
        return call(null, "GET", "/guilds/" + guildId + "/roles", null, true);
    }

    private static String commandsPath(String applicationId, Optional<String> guildId) {
        return guildId.map(g -> "/applications/" + applicationId + "/guilds/" + g + "/commands")
                .orElse("/applications/" + applicationId + "/commands");
    }

    private JsonNode call(String destination, String method, String path, JsonNode body, boolean auth) throws DeliveryException {
        return resilience.call(destination, () -> send(method, path, body, auth));
    }

    private JsonNode send(String method, String path, JsonNode body, boolean auth) throws DeliveryException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("User-Agent", "DiscordBot (https://github.com/ticketops, 1.0)");
        if (auth) {
            b.header("Authorization", "Bot " + botToken.orElseThrow(() -> DeliveryException.permanent("DISCORD_BOT_TOKEN is not set")));
        }
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("Discord unreachable: " + e.getMessage(), true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", true, null, e);
        }
        int code = r.statusCode();
        JsonNode json = parse(r.body());
        if (code == 429) {
            double seconds = json.path("retry_after").asDouble(
                    r.headers().firstValue("Retry-After").map(Double::parseDouble).orElse(1.0));
            throw DeliveryException.retryable("Discord: rate limited", Duration.ofMillis((long) Math.ceil(seconds * 1000)));
        }
        if (code >= 500) {
            throw DeliveryException.retryable("Discord: HTTP " + code, null);
        }
        if (code >= 400) {
            throw DeliveryException.permanent("Discord: HTTP " + code + " " + json.path("message").asText(r.body()));
        }
        return json;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return DiscordJson.JSON.createObjectNode();
        }
        try {
            return DiscordJson.JSON.readTree(body);
        } catch (IOException e) {
            return DiscordJson.JSON.createObjectNode();
        }
    }
}
