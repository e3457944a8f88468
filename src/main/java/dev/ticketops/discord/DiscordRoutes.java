package dev.ticketops.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.chat.StatusCards;
import dev.ticketops.ops.Observability;
import dev.ticketops.web.RouteModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /discord/interactions}: verifies Discord's Ed25519 signature (anything unverified gets 401, as Discord's
 * probes expect), answers PING, and hands everything else to {@link DiscordInteractions}. When the work is not done
 * within {@code deferAfter}, it answers "thinking…" (type 5, or 6 for a button) and completes the reply through the
 * interaction webhook.
 */
public final class DiscordRoutes implements RouteModule {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordRoutes.class);
    public static final String PATH = "/discord/interactions";

    private final DiscordInteractions handler;
    private final DiscordSignature signature;
    private final DiscordRest rest;
    private final ExecutorService workers;
    private final Duration deferAfter;
    private final Observability obs;
    private final java.time.Clock clock;
    /** Older (or future) signed requests are refused, so a captured one cannot be replayed once its key is purged. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    public DiscordRoutes(DiscordInteractions handler, DiscordSignature signature, DiscordRest rest, ExecutorService workers,
                         Duration deferAfter, Observability obs, java.time.Clock clock) {
        this.obs = obs;
        this.clock = clock;
        this.handler = handler;
        this.signature = signature;
        this.rest = rest;
        this.workers = workers;
        this.deferAfter = deferAfter;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::handle);
    }

    void handle(Context ctx) throws InterruptedException {
        long start = System.nanoTime();
        byte[] body = ctx.bodyAsBytes();
        String ts = ctx.header("X-Signature-Timestamp");
        if (!signature.verify(ts, ctx.header("X-Signature-Ed25519"), body) || !fresh(ts)) {
            ctx.status(401).contentType("application/json").result("{\"error\":\"invalid request signature\"}");
            obs.request("discord", "-", null, "rejected", System.nanoTime() - start);
            return;
        }
        JsonNode json;
        try {
            json = DiscordJson.JSON.readTree(body);
        } catch (Exception e) {
            json = null;
        }
        if (json == null || !json.isObject() || !json.path("type").isInt()) {
            refuseBroken(ctx, "not a Discord interaction", start);
            return;
        }
        if (json.path("type").asInt() == DiscordInteraction.PING) {
            ctx.contentType("application/json").result("{\"type\":1}");
            return;
        }
        DiscordInteraction interaction = DiscordJson.interaction(json);
        Optional<String> broken = incomplete(interaction);
        if (broken.isPresent()) {
            refuseBroken(ctx, broken.get(), start);
            return;
        }
        boolean autocomplete = interaction.type() == DiscordInteraction.AUTOCOMPLETE;
        CompletableFuture<DiscordOutcome> work;
        try {
            work = CompletableFuture.supplyAsync(() -> handler.handle(interaction), workers);
        } catch (RejectedExecutionException full) {
            ctx.contentType("application/json").result(autocomplete ? "{\"type\":8,\"data\":{\"choices\":[]}}"
                    : DiscordJson.response(DiscordOutcome.message(StatusCards.busy())).toString());
            obs.request("discord", DiscordInteractions.label(interaction), null, "busy", System.nanoTime() - start);
            return;
        }
        try {
            DiscordOutcome outcome = work.get(autocomplete ? Math.max(deferAfter.toMillis(), 2500) : deferAfter.toMillis(),
                    TimeUnit.MILLISECONDS);
            ctx.contentType("application/json").result(DiscordJson.response(outcome).toString());
            obs.request("discord", DiscordInteractions.label(interaction), outcome.ticket(), outcome.outcome(), System.nanoTime() - start);
        } catch (TimeoutException late) {
            if (autocomplete) {
                ctx.contentType("application/json").result("{\"type\":8,\"data\":{\"choices\":[]}}");
                return;
            }
            boolean button = interaction.type() == DiscordInteraction.COMPONENT;
            ctx.contentType("application/json").result(button ? "{\"type\":6}" : "{\"type\":5,\"data\":{\"flags\":64}}");
            obs.request("discord", DiscordInteractions.label(interaction), null, "deferred", System.nanoTime() - start);
            // finished by the thread that finishes the work: no second thread waits for it
            work.whenComplete((o, failure) -> complete(interaction, o, failure));
        } catch (ExecutionException e) {
            LOG.error("Discord interaction {} failed", interaction.id(), e.getCause());
            ctx.status(500).contentType("application/json").result("{\"error\":\"internal error\"}");
        }
    }

    /** What a signed interaction lacks that the handler relies on, or empty when it is complete. */
    static Optional<String> incomplete(DiscordInteraction i) {
        if (i.id() == null || i.id().isBlank() || i.userId() == null || i.userId().isBlank()) {
            return Optional.of("interaction without id or user");
        }
        boolean answersLater = i.type() == DiscordInteraction.COMMAND || i.type() == DiscordInteraction.COMPONENT;
        if (answersLater && (i.applicationId() == null || i.token() == null)) {
            return Optional.of("interaction without application_id or token");
        }
        return switch (i.type()) {
            case DiscordInteraction.COMMAND, DiscordInteraction.AUTOCOMPLETE -> i.command() == null
                    ? Optional.of("command interaction without data.name") : Optional.empty();
            case DiscordInteraction.COMPONENT -> i.customId() == null
                    ? Optional.of("component interaction without data.custom_id") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A signed body of the wrong shape: 400 and one WARN line naming what is missing, never the body. */
    private void refuseBroken(Context ctx, String reason, long start) {
        LOG.warn("Discord request refused: {} (from {})", reason, ctx.ip());
        ctx.status(400).contentType("application/json").result("{\"error\":" + DiscordJson.JSON.valueToTree(reason) + "}");
        obs.request("discord", "-", null, "rejected", System.nanoTime() - start);
    }

    private boolean fresh(String ts) {
        try {
            return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(ts.strip())) <= WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Finishes a deferred interaction through its webhook once the work is done. */
    private void complete(DiscordInteraction i, DiscordOutcome o, Throwable failure) {
        if (failure != null) {
            LOG.error("deferred Discord interaction {} failed", i.id(), failure);
            return;
        }
        try {
            switch (o.kind()) {
                case UPDATE -> rest.editOriginal(i.applicationId(), i.token(), DiscordJson.message(o.reply(), false));
                case MESSAGE -> {
                    if (i.type() == DiscordInteraction.COMPONENT) {
                        // the "original" of a click is the message with the buttons: leave it, answer beside it
                        rest.followUp(i.applicationId(), i.token(), DiscordJson.message(o.reply(), true));
                    } else if (o.reply().isPublic()) {
                        // the deferral was private; a public answer becomes a follow-up everyone sees
                        rest.followUp(i.applicationId(), i.token(), DiscordJson.message(o.reply(), false));
                        rest.deleteOriginal(i.applicationId(), i.token());
                    } else {
                        rest.editOriginal(i.applicationId(), i.token(), DiscordJson.message(o.reply(), false));
                    }
                }
                case CHOICES -> { }
            }
        } catch (DeliveryException e) {
            LOG.warn("could not complete deferred Discord interaction {}: {}", i.id(), e.getMessage());
        }
    }
}
