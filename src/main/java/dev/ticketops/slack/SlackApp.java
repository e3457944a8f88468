package dev.ticketops.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.Command;
import dev.ticketops.chat.Conversation;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.ops.RequestInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt for Java app: slash commands, the Approve / Decline buttons, the "open a ticket" modal and the events
 * that get the ticket-only rule. Handlers do their database work, acknowledge at once, and leave every call to Slack
 * (modals, response_url, messages) to a background executor — the ack never waits on Slack.
 */
public final class SlackApp {
    private static final Logger LOG = LoggerFactory.getLogger(SlackApp.class);
    public static final List<String> COMMANDS = List.of("/ticket", "/estimate", "/log", "/invoice");
    /** The Events API event types this app has handlers for (what bot-manifests subscribes to). */
    static final List<String> EVENTS = List.of("app_mention", "message");

    private final App app;
    private final Conversation conversation;
    private final SlackWebApi api;
    private final SlackSettings settings;
    private final ExecutorService background;
    private final SlackWorkspace workspace;

    public SlackApp(SlackSettings settings, com.slack.api.Slack slack, SlackWebApi api, Conversation conversation,
                    ExecutorService background, SlackWorkspace workspace) {
        this.settings = settings;
        this.workspace = workspace;
        this.api = api;
        this.conversation = conversation;
        this.background = background;
        AppConfig config = new AppConfig();
        config.setSigningSecret(settings.signingSecret());
        config.setSingleTeamBotToken(settings.botToken());
        config.setSlack(slack);
        // Our own middleware only: the signature is checked (more strictly) before Bolt sees the request, and the bot
        // token is set without Bolt's auth.test round trip on the request path.
        this.app = new App(config, List.of((req, resp, chain) -> {
            req.getContext().setBotToken(settings.botToken());
            return chain.next(req);
        }));
        for (String command : COMMANDS) {
            app.command(command, (req, ctx) -> {
                var p = req.getPayload();
                Optional<Reply> foreign = workspace.refusal(p.getTeamId(), settings.staffIds().contains(p.getUserId()));
                if (foreign.isPresent()) {
                    RequestInfo.set(command.substring(1), null, "refused");
                    return ack(ctx, SlackBlocks.message(foreign.get()));
                }
                Caller caller = caller(p.getTeamId(), p.getUserId(), p.getUserName());
                ChannelRef channel = new ChannelRef(Platform.SLACK, p.getTeamId(), p.getChannelId());
                String key = requestKey(req);
                if (command.equals("/ticket") && (p.getText() == null || p.getText().isBlank())) {
                    var answer = conversation.answer(clean -> new Command.Help("modal"), key);
                    RequestInfo.set("ticket form", null, "ok");
                    if (answer.first()) {
                        later(() -> openTicketModal(p.getTriggerId(), p.getChannelId(), p.getResponseUrl()));
                    }
                    return ctx.ack();
                }
                var answer = conversation.answer(new dev.ticketops.chat.ChatRequest(caller, channel, command, p.getText(), key));
                RequestInfo.set(command.substring(1) + subcommand(command, p.getText()), answer.ticket(), answer.outcome());
                return ack(ctx, SlackBlocks.message(answer.reply()));
            });
        }
        for (String action : dev.ticketops.chat.ActionCodec.ACTION_IDS) {
            app.blockAction(action, (req, ctx) -> {
                var p = req.getPayload();
                String team = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
                Optional<Reply> foreign = workspace.refusal(team, settings.staffIds().contains(p.getUser().getId()));
                if (foreign.isPresent()) {
                    RequestInfo.set("button " + action, null, "refused");
                    String responseUrl = p.getResponseUrl();
                    later(() -> respond(responseUrl, foreign.get()));
                    return ctx.ack();
                }
                Caller caller = caller(team, p.getUser().getId(),
                        p.getUser().getUsername() != null ? p.getUser().getUsername() : p.getUser().getName());
                String channelId = p.getChannel() != null ? p.getChannel().getId() : p.getUser().getId();
                String value = p.getActions().isEmpty() ? "" : p.getActions().get(0).getValue();
                var answer = conversation.clickAnswer(new ChatAction(caller, new ChannelRef(Platform.SLACK, team, channelId),
                        action, value, requestKey(req), clickedCard(p, channelId)));
                RequestInfo.set("button " + action, answer.ticket(), answer.outcome());
                Reply reply = answer.reply();
                // a card that replaces the clicked one went to the outbox with the decision; refusals go beside it
                if (answer.first() && !reply.replaceOriginal()) {
                    String responseUrl = p.getResponseUrl();
                    later(() -> respond(responseUrl, reply));
                }
                return ctx.ack();
            });
        }
        app.viewSubmission(SlackBlocks.OPEN_TICKET_VIEW, (req, ctx) -> {
            var p = req.getPayload();
            Optional<Reply> foreign = workspace.refusal(p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId(),
                    settings.staffIds().contains(p.getUser().getId()));
            if (foreign.isPresent()) {
                RequestInfo.set("ticket form submit", null, "refused");
                return ctx.ackWithErrors(Map.of("title", foreign.get().text().replace('\n', ' ')));
            }
            Map<String, Map<String, ViewState.Value>> values = p.getView().getState().getValues();
            String title = text(values, "title").orElse("");
            String description = text(values, "description").orElse(null);
            boolean urgent = Optional.ofNullable(values.get("urgent")).map(m -> m.get("value"))
                    .map(v -> v.getSelectedOptions() != null && !v.getSelectedOptions().isEmpty()).orElse(false);
            var invalid = OpenTicket.validate(title, description);
            if (invalid.isPresent()) {
                String block = invalid.get().field() == OpenTicket.Field.TITLE ? "title" : "description";
                return ctx.ackWithErrors(Map.of(block, invalid.get().reason() + " " + SlackSyntax.INSTANCE.hint(invalid.get().hint())));
            }
            String team = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
            String channelId = p.getView().getPrivateMetadata() == null || p.getView().getPrivateMetadata().isBlank()
                    ? p.getUser().getId() : p.getView().getPrivateMetadata();
            Caller caller = caller(team, p.getUser().getId(),
                    p.getUser().getUsername() != null ? p.getUser().getUsername() : p.getUser().getName());
            ChannelRef channel = new ChannelRef(Platform.SLACK, team, channelId);
            var answer = conversation.answer(clean -> new Command.Run(new OpenTicket.Command(caller, channel, clean.apply(title),
                    clean.apply(description), urgent)), requestKey(req));
            RequestInfo.set("ticket form submit", null, answer.outcome());
            Reply reply = answer.reply();
            if (reply.tone() == Reply.Tone.REFUSAL || reply.tone() == Reply.Tone.ERROR) {
                return ctx.ackWithErrors(Map.of("title", reply.text()));
            }
            if (answer.first()) {
                later(() -> api.postMessage(channelId, SlackBlocks.fallback(reply), SlackBlocks.blocks(reply).toString()));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            var e = payload.getEvent();
            if (workspace.refusal(payload.getTeamId(), false).isPresent()) {
                return ctx.ack();
            }
            var answer = conversation.ticketOnly("slack-event:" + payload.getTeamId() + ":" + payload.getEventId());
            if (answer.first()) {
                later(() -> api.postEphemeral(e.getChannel(), e.getUser(), SlackBlocks.fallback(answer.reply()),
                        SlackBlocks.blocks(answer.reply()).toString()));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            var e = payload.getEvent();
            boolean fromPerson = e.getBotId() == null && e.getSubtype() == null && e.getUser() != null
                    && workspace.refusal(payload.getTeamId(), false).isEmpty();
            if (fromPerson && "im".equals(e.getChannelType())) {
                var answer = conversation.ticketOnly("slack-event:" + payload.getTeamId() + ":" + payload.getEventId());
                if (answer.first()) {
                    later(() -> api.postMessage(e.getChannel(), SlackBlocks.fallback(answer.reply()),
                            SlackBlocks.blocks(answer.reply()).toString()));
                }
            }
            return ctx.ack();
        });
        // The bot's own messages in a DM arrive as events too; they need nothing.
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
    }

    /** Runs the request through Bolt's handlers. */
    public Response run(Request<?> request) throws Exception {
        return app.run(request);
    }

    public AppConfig config() {
        return app.config();
    }

    /** The subcommand word for metrics: "ticket list", "invoice paid"; plain commands have none. */
    static String subcommand(String command, String text) {
        if (!(command.equals("/ticket") || command.equals("/invoice")) || text == null || text.isBlank()) {
            return "";
        }
        String word = text.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return switch (word) {
            case "list", "show", "close", "reopen", "billable", "link", "help", "digest", "new", "open", "paid", "terms",
                 "override", "balance" -> " " + word;
            default -> command.equals("/ticket") ? " open" : " issue";
        };
    }

    /** Staff is team and user together: a staff member's user id counts only in the served workspace. */
    private Caller caller(String team, String userId, String name) {
        Role role = settings.staffIds().contains(userId) && workspace.serves(team) ? Role.STAFF : Role.CLIENT;
        return new Caller(Platform.SLACK, team, userId, name, role);
    }

    /**
     * One delivery of one request: over HTTP Slack's signature, which covers the timestamp and the whole body; over
     * Socket Mode the key {@link SlackEnvelopes} derives from the payload, the same for every redelivery of it.
     */
    private static String requestKey(Request<?> req) {
        // only requests parsed from an envelope are socket mode: an HTTP request cannot bring its own key
        return req.isSocketMode() ? "slack-socket:" + req.getHeaders().getFirstValue(SlackEnvelopes.DELIVERY_HEADER)
                : "slack:" + req.getHeaders().getFirstValue("X-Slack-Signature");
    }

    private static Optional<String> text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(m -> m.get("value")).map(ViewState.Value::getValue)
                .filter(s -> !s.isBlank());
    }

    /** Acknowledges with our JSON as it is (no round trip through Bolt's Gson). */
    private static Response ack(com.slack.api.bolt.context.Context ctx, ObjectNode json) {
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(json.toString()).build();
    }

    private void openTicketModal(String triggerId, String channelId, String responseUrl) throws DeliveryException {
        try {
            api.openView(triggerId, SlackBlocks.openTicketModal(channelId).toString());
        } catch (DeliveryException e) {
            respond(responseUrl, Reply.refusal("I could not open the ticket form (" + e.getMessage() + ").",
                    "Type it instead: /ticket <title> | <description>"));
            throw e;
        }
    }

    private void respond(String responseUrl, Reply reply) throws DeliveryException {
        api.respond(responseUrl, SlackSender.responseMessage(reply).toString());
    }

    /**
     * The message whose button was clicked: its ts when it is an ordinary message in the channel (chat.update can
     * replace it at any later time), and the response_url (30 minutes, five uses) for the rest, such as ephemeral ones.
     */
    static Replaces clickedCard(BlockActionPayload p, String channelId) {
        var c = p.getContainer();
        String ts = c != null && "message".equals(c.getType()) && !c.isEphemeral() && channelId.equals(c.getChannelId())
                ? c.getMessageTs() : null;
        String responseUrl = p.getResponseUrl();
        if ((ts == null || ts.isBlank()) && (responseUrl == null || responseUrl.isBlank())) {
            return null;
        }
        return new Replaces(ts, responseUrl);
    }

    @FunctionalInterface
    private interface SlackCall {
        void run() throws DeliveryException;
    }

    private void later(SlackCall call) {
        background.execute(() -> {
            try {
                call.run();
            } catch (DeliveryException e) {
                LOG.warn("Slack call after the ack failed: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Slack call after the ack failed", e);
            }
        });
    }
}
