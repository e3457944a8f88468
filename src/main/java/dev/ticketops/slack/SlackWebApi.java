package dev.ticketops.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.outbound.Resilience;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Every call TicketOps makes to Slack: Web API methods (at {@code SLACK_API_URL}) and response_url posts, each
 * through the {@link Resilience} policies. Failures come back as {@link DeliveryException}s that say whether trying
 * again may help and how long Slack asked us to wait.
 */
public final class SlackWebApi {
    /** Slack errors that will not go away by retrying. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "invalid_auth", "not_authed", "account_inactive", "token_revoked", "missing_scope", "invalid_blocks",
            "msg_too_long", "user_not_found", "cannot_dm_bot", "expired_trigger_id", "invalid_trigger_id",
            "message_not_found", "cant_update_message", "edit_window_closed");

    private final MethodsClient methods;
    private final Resilience resilience;

    public SlackWebApi(Slack slack, String botToken, Resilience resilience) {
        this.methods = slack.methods(botToken);
        this.resilience = resilience;
    }

    public Resilience resilience() {
        return resilience;
    }

    /** chat.postMessage; returns the message's ts. A user id as channel posts to the bot's DM with that user. */
    public String postMessage(String channel, String text, String blocksJson) throws DeliveryException {
        var r = resilience.call(channel, api(() -> methods.chatPostMessage(b -> b.channel(channel).text(text)
                .blocksAsString(blocksJson).unfurlLinks(false).unfurlMedia(false))));
        return r.getTs();
    }

    /**
     * chat.postMessage into the thread of {@code threadTs}; {@code broadcast} also shows it in the channel
     * ({@code reply_broadcast}). Returns the message's ts.
     */
    public String postInThread(String channel, String threadTs, boolean broadcast, String text, String blocksJson)
            throws DeliveryException {
        var r = resilience.call(channel, api(() -> methods.chatPostMessage(b -> b.channel(channel).threadTs(threadTs)
                .replyBroadcast(broadcast).text(text).blocksAsString(blocksJson).unfurlLinks(false).unfurlMedia(false))));
        return r.getTs();
    }

    /** chat.update: replaces the bot's message {@code ts} in {@code channel} (no time limit, unlike response_url). */
    public String updateMessage(String channel, String ts, String text, String blocksJson) throws DeliveryException {
        var r = resilience.call(channel, api(() -> methods.chatUpdate(b -> b.channel(channel).ts(ts).text(text)
                .blocksAsString(blocksJson))));
        return r.getTs();
    }

    public void postEphemeral(String channel, String user, String text, String blocksJson) throws DeliveryException {
        resilience.call(channel, api(() -> methods.chatPostEphemeral(b -> b.channel(channel).user(user).text(text)
                .blocksAsString(blocksJson))));
    }

    public void openView(String triggerId, String viewJson) throws DeliveryException {
        resilience.call(null, api(() -> methods.viewsOpen(b -> b.triggerId(triggerId).viewAsString(viewJson))));
    }

    public AuthTestResponse authTest() throws DeliveryException {
        return resilience.call(null, api(() -> methods.authTest(b -> b)));
    }

    /**
     * Posts to an interaction's response_url (valid for 30 minutes, up to five times), with the JDK's client so that a
     * 429's Retry-After header can be honoured.
     */
    public void respond(String responseUrl, String json) throws DeliveryException {
        resilience.call(null, () -> {
            java.net.http.HttpResponse<String> r;
            try {
                r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(responseUrl)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw DeliveryException.retryable("response_url unreachable: " + e.getMessage(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.retryable("interrupted", null);
            } catch (IllegalArgumentException e) {
                throw DeliveryException.permanent("response_url is not a URL");
            }
            int code = r.statusCode();
            if (code == 429) {
                throw DeliveryException.retryable("response_url rate limited", retryAfter(r.headers().firstValue("Retry-After")));
            }
            if (code >= 500) {
                throw DeliveryException.retryable("response_url answered " + code, null);
            }
            if (code >= 400) {
                throw DeliveryException.permanent("response_url answered " + code + ": " + r.body());
            }
            return r;
        });
    }

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Duration retryAfter(java.util.Optional<String> header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.orElse("1").strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T call() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> java.util.concurrent.Callable<T> api(SdkCall<T> call) {
        return () -> {
            try {
                return checked(call.call());
            } catch (IOException | SlackApiException e) {
                throw translate(e);
            }
        };
    }

    /** Turns Slack's "ok": false into an exception, so retries and the breaker see it. */
    private static <T extends SlackApiTextResponse> T checked(T response) throws DeliveryException {
        if (response.isOk()) {
            return response;
        }
        String error = response.getError();
        if ("ratelimited".equals(error)) {
            throw DeliveryException.retryable("Slack: ratelimited", Duration.ofSeconds(1));
        }
        if (PERMANENT.contains(error)) {
            throw DeliveryException.permanent("Slack: " + error);
        }
        throw DeliveryException.retryable("Slack: " + error, null);
    }

    /** Wraps the SDK's call so HTTP errors become DeliveryExceptions with Retry-After honoured. */
    static DeliveryException translate(Exception e) {
        if (e instanceof DeliveryException d) {
            return d;
        }
        if (e instanceof SlackApiException s) {
            int code = s.getResponse() == null ? 0 : s.getResponse().code();
            if (code == 429) {
                return DeliveryException.retryable("Slack: HTTP 429", retryAfter(java.util.Optional.ofNullable(s.getResponse().header("Retry-After"))));
            }
            return new DeliveryException("Slack: HTTP " + code, code >= 500 || code == 0, null, e);
        }
        if (e instanceof IOException) {
            return new DeliveryException("Slack unreachable: " + e.getMessage(), true, null, e);
        }
        return new DeliveryException(e.toString(), true, null, e);
    }
}
