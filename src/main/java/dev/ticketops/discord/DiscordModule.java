package dev.ticketops.discord;

import dev.ticketops.app.ListTickets;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.ops.Observability;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.web.RouteModule;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Discord, wired: its REST API behind the resilience policies, and the interactions handler fed either by JDA's
 * gateway (gateway mode) or by POST /discord/interactions (HTTP mode) — Discord delivers to one or the other. The
 * outbox sends through the gateway, or over REST when a bot token allows it. Work runs on {@code work}, Discord's pool.
 */
public final class DiscordModule implements AutoCloseable {
    private final DiscordGateway gateway;
    private final RouteModule routes;
    private final MessageSender sender;
    private final String description;

    private DiscordModule(DiscordGateway gateway, RouteModule routes, MessageSender sender, String description) {
        this.gateway = gateway;
        this.routes = routes;
        this.sender = sender;
        this.description = description;
    }

    /** In gateway mode this connects to Discord (in the background: JDA logs in on its own threads). */
    public static DiscordModule start(DiscordSettings settings, Conversation conversation, ListTickets listTickets,
                                      ExecutorService work, Duration deferAfter, Resilience resilience, Clock clock,
                                      Observability obs) {
        DiscordRest rest = new DiscordRest(settings.apiUrl(), settings.botToken(), resilience);
        DiscordInteractions handler = new DiscordInteractions(conversation, listTickets, settings,
                new RestRoleDirectory(rest, clock));
        if (settings.mode() == DiscordSettings.Mode.GATEWAY) {
            DiscordGateway gateway = new DiscordGateway(handler, work, deferAfter, obs).connect(settings.botToken().get());
            return new DiscordModule(gateway, null, gateway.sender(resilience), "on, gateway mode (JDA)");
        }
        RouteModule routes = new DiscordRoutes(handler, new DiscordSignature(settings.publicKeyHex().get()), rest, work,
                deferAfter, obs, clock);
        return new DiscordModule(null, routes, settings.botToken().isPresent() ? new DiscordSender(rest) : null,
                "on, endpoint POST /discord/interactions, REST " + settings.apiUrl());
    }

    /** POST /discord/interactions, in HTTP mode. */
    public Optional<RouteModule> routes() {
        return Optional.ofNullable(routes);
    }

    /** How the outbox reaches Discord; none in HTTP mode without a bot token. */
    public Optional<MessageSender> sender() {
        return Optional.ofNullable(sender);
    }

    /** For the start-up log: the mode, and where Discord is reached. */
    public String description() {
        return description;
    }

    /** Disconnects from the gateway (nothing to do in HTTP mode: the web server stops the endpoint). */
    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
