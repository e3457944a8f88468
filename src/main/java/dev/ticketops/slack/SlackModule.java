package dev.ticketops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.ops.Observability;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.web.RouteModule;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Slack, wired: the SDK pointed at the configured Web API, Bolt's app behind POST /slack/events, the sender the
 * outbox delivers through, and the workspace check. Every Slack call runs on {@code work}, Slack's own pool.
 */
public final class SlackModule {
    private final RouteModule routes;
    private final MessageSender sender;
    private final SlackWorkspace workspace;

    private SlackModule(RouteModule routes, MessageSender sender, SlackWorkspace workspace) {
        this.routes = routes;
        this.sender = sender;
        this.workspace = workspace;
    }

    /** {@code teamId} is SLACK_TEAM_ID; without it, the bot token's team is served (see {@link SlackWorkspace}). */
    public static SlackModule create(SlackSettings settings, Optional<String> teamId, Conversation conversation,
                                     ExecutorService work, Resilience resilience, Clock clock, Observability obs) {
        Slack slack = Slack.getInstance(sdk(settings));
        SlackWebApi api = new SlackWebApi(slack, settings.botToken(), resilience);
        SlackWorkspace workspace = new SlackWorkspace(teamId, api, work);
        SlackApp app = new SlackApp(settings, slack, api, conversation, work, workspace);
        return new SlackModule(new SlackRoutes(app, settings, clock, obs), new SlackSender(api), workspace);
    }

    /** The SDK's configuration: the Web API at SLACK_API_URL, no usage statistics, no pretty-printed response logs. */
    static SlackConfig sdk(SlackSettings settings) {
        SlackConfig sdk = new SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(settings.apiUrl());
        sdk.setStatsEnabled(false);
        sdk.setPrettyResponseLoggingEnabled(false);
        return sdk;
    }

    public RouteModule routes() {
        return routes;
    }

    public MessageSender sender() {
        return sender;
    }

    /** Asks Slack, in the background, which team the bot token belongs to (logs it, and warns on a mismatch). */
    public void learnWorkspace() {
        workspace.learn();
    }
}
