package dev.ticketops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.ops.Observability;
import dev.ticketops.ops.WorkPool;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.web.RouteModule;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Slack, wired: the SDK pointed at the configured Web API, Bolt's app behind POST /slack/events (SLACK_MODE=http) or
 * fed by Socket Mode connections (SLACK_MODE=socket), the sender the outbox delivers through, and the workspace check.
 * Every Slack call runs on {@code work}, Slack's own pool.
 */
public final class SlackModule implements AutoCloseable {
    private final RouteModule routes;
    private final MessageSender sender;
    private final SlackWorkspace workspace;
    private final SlackSocket socket;

    private SlackModule(RouteModule routes, MessageSender sender, SlackWorkspace workspace, SlackSocket socket) {
        this.routes = routes;
        this.sender = sender;
        this.workspace = workspace;
        this.socket = socket;
    }

    /** {@code teamId} is SLACK_TEAM_ID; without it, the bot token's team is served (see {@link SlackWorkspace}). */
    public static SlackModule create(SlackSettings settings, Optional<String> teamId, Conversation conversation,
                                     ExecutorService work, Resilience resilience, Clock clock, Observability obs) {
        Slack slack = Slack.getInstance(sdk(settings));
        SlackWebApi api = new SlackWebApi(slack, settings.botToken(), resilience);
        SlackWorkspace workspace = new SlackWorkspace(teamId, api, work);
        SlackApp app = new SlackApp(settings, slack, api, conversation, work, workspace);
        return new SlackModule(new SlackRoutes(app, settings, clock, obs), new SlackSender(api), workspace, null);
    }

    /**
     * SLACK_MODE=socket: the same app fed by Socket Mode envelopes over WebSockets that TicketOps opens to Slack with
     * the app-level token ({@code appToken}); no HTTP endpoint. Call {@link #connect()} once the rest is up.
     */
    public static SlackModule socket(SlackSettings settings, String appToken, SocketTiming timing, Optional<String> teamId,
                                     Conversation conversation, ExecutorService work, Resilience resilience,
                                     Observability obs) {
        Slack slack = Slack.getInstance(sdk(settings));
        SlackWebApi api = new SlackWebApi(slack, settings.botToken(), resilience);
        SlackWorkspace workspace = new SlackWorkspace(teamId, api, work);
        SlackApp app = new SlackApp(settings, slack, api, conversation, work, workspace);
        var timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slack-socket-acks");
            t.setDaemon(true);
            return t;
        });
        SlackEnvelopes envelopes = new SlackEnvelopes(app, api, new WorkPool("slack-socket", 8, 200, obs),
                timers, timing.ackWithin(), obs);
        return new SlackModule(null, new SlackSender(api), workspace,
                new SlackSocket(slack, appToken, timing, envelopes, obs));
    }

    /** The SDK's configuration: the Web API at SLACK_API_URL, no usage statistics, no pretty-printed response logs. */
    static SlackConfig sdk(SlackSettings settings) {
        SlackConfig sdk = new SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(settings.apiUrl());
        sdk.setStatsEnabled(false);
        sdk.setPrettyResponseLoggingEnabled(false);
        return sdk;
    }

    /** POST /slack/events, in HTTP mode. */
    public Optional<RouteModule> routes() {
        return Optional.ofNullable(routes);
    }

    /** Opens the Socket Mode connections, in socket mode (in the background: start-up does not wait for Slack). */
    public void connect() {
        if (socket != null) {
            socket.start();
        }
    }

    /** What /health adds: in socket mode {@code "slack":"CONNECTED"|"RECONNECTING"} and the connections open. */
    public Map<String, Supplier<String>> health() {
        if (socket == null) {
            return Map.of();
        }
        Map<String, Supplier<String>> parts = new LinkedHashMap<>();
        parts.put("slack", () -> socket.state().name());
        parts.put("slack_connections", socket::connections);
        return parts;
    }

    /** In socket mode: lets the envelopes under way finish and closes the connections. */
    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }

    public MessageSender sender() {
        return sender;
    }

    /** Asks Slack, in the background, which team the bot token belongs to (logs it, and warns on a mismatch). */
    public void learnWorkspace() {
        workspace.learn();
    }
}
