package dev.ticketops;

import dev.ticketops.app.UseCases;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.config.Config;
import dev.ticketops.discord.DiscordModule;
import dev.ticketops.discord.DiscordSettings;
import dev.ticketops.domain.Platform;
import dev.ticketops.jobs.OutboxRelay;
import dev.ticketops.ops.Observability;
import dev.ticketops.ops.WorkPool;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.slack.SlackModule;
import dev.ticketops.slack.SlackSettings;
import dev.ticketops.store.Database;
import dev.ticketops.web.RouteModule;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: starts the modules in order — the database, the core, Slack, Discord, the outbox relay and
 * jobs, the web listeners — and stops them intake first. What each module builds is in its factory:
 * {@link DatabaseModule}, {@link Core}, {@link SlackModule}, {@link DiscordModule}, {@link JobsModule}, {@link WebModule}.
 */
public final class TicketOps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TicketOps.class);

    // Set once by start, in this order; a part that is still null did not start.
    private DatabaseModule database;
    private Core core;
    private ExecutorService slackWork;
    private ExecutorService discordWork;
    private SlackModule slack;
    private DiscordModule discord;
    private JobsModule jobs;
    private WebModule web;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TicketOps() {
    }

    public static TicketOps start(Config config, Clock clock) {
        return start(config, clock, Tuning.defaults());
    }

    public static TicketOps start(Config config, Clock clock, Tuning tuning) {
        return start(config, clock, tuning, List.of());
    }

    /** {@code extra} routes join the server (benchmarks add their reference routes this way). */
    public static TicketOps start(Config config, Clock clock, Tuning tuning, List<RouteModule> extra) {
        TicketOps app = new TicketOps();
        try {
            app.startModules(config, clock, tuning, extra);
            return app;
        } catch (RuntimeException e) {
            app.stopModules();
            throw e;
        }
    }

    private void startModules(Config config, Clock clock, Tuning tuning, List<RouteModule> extra) {
        database = DatabaseModule.serve(config);
        Database db = database.database();
        core = Core.build(config, clock, db.stores());
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        Observability obs = new Observability(clock).watchOutbox(db.transactions(), db.outboxQueue())
                .watchPool(db.pool()).watchCircuitBreakers(breakers);
        // One pool per platform, each with a bounded queue: a Slack API that hangs fills Slack's pool only.
        slackWork = new WorkPool("slack-calls", 4, 200, obs);
        discordWork = new WorkPool("discord-work", 8, 200, obs);
        Optional<SlackModule> slack = config.slackEnabled() ? Optional.of(slackModule(config, tuning, breakers, clock, obs))
                : Optional.empty();
        this.slack = slack.orElse(null);
        if (config.discordEnabled()) {
            discord = DiscordModule.start(discordSettings(config), core.discordConversation(), core.listTickets(),
                    discordWork, tuning.discordDeferAfter(), new Resilience("discord", tuning.resilience(), breakers),
                    clock, obs);
        }
        Map<Platform, MessageSender> senders = senders(slack, discord);
        jobs = JobsModule.prepare(db, senders, clock, tuning);
        web = WebModule.start(config, core, obs, extra, chatRoutes(slack, discord), db::isUp,
                slack.map(SlackModule::health).orElse(Map.of()));
        web.separateMetricsPort().ifPresent(port ->
                LOG.info("Metrics on http://{}:{}/metrics (not on PORT)", config.bindAddress(), port));
        jobs.start(core, clock, tuning);
        logStartUp(config);
        slack.ifPresent(SlackModule::learnWorkspace);
        slack.ifPresent(SlackModule::connect);
    }

    /** Slack over HTTP (POST /slack/events) or, with SLACK_MODE=socket, over Socket Mode connections. */
    private SlackModule slackModule(Config config, Tuning tuning, CircuitBreakerRegistry breakers, Clock clock,
                                    Observability obs) {
        Resilience resilience = new Resilience("slack", tuning.resilience(), breakers);
        if (config.slackSocketMode()) {
            return SlackModule.socket(slackSettings(config), config.slackAppToken().get(), tuning.slackSocket(),
                    config.slackTeamId(), core.slackConversation(), slackWork, resilience, obs);
        }
        return SlackModule.create(slackSettings(config), config.slackTeamId(), core.slackConversation(), slackWork,
                resilience, clock, obs);
    }

    /** The chat platforms' HTTP endpoints (none for Discord in gateway mode). */
    private static List<RouteModule> chatRoutes(Optional<SlackModule> slack, DiscordModule discord) {
        List<RouteModule> routes = new ArrayList<>();
        slack.flatMap(SlackModule::routes).ifPresent(routes::add);
        if (discord != null) {
            discord.routes().ifPresent(routes::add);
        }
        return routes;
    }

    /** How the outbox reaches each platform that is on. */
    private static Map<Platform, MessageSender> senders(Optional<SlackModule> slack, DiscordModule discord) {
        Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
        slack.ifPresent(s -> senders.put(Platform.SLACK, s.sender()));
        if (discord != null) {
            discord.sender().ifPresentOrElse(s -> senders.put(Platform.DISCORD, s), () -> LOG.warn("Discord:"
                    + " DISCORD_BOT_TOKEN is not set, so estimates and closure summaries for Discord channels wait in the"
                    + " outbox until it is"));
        }
        return senders;
    }

    private static SlackSettings slackSettings(Config config) {
        // socket mode needs no signing secret: envelopes arrive on a connection TicketOps opened itself
        return new SlackSettings(config.slackSigningSecret().orElse(""), config.slackBotToken().get(), config.slackApiUrl(),
                config.staffSlackIds());
    }

    private static DiscordSettings discordSettings(Config config) {
        return new DiscordSettings(
                config.discordMode().equals("gateway") ? DiscordSettings.Mode.GATEWAY : DiscordSettings.Mode.HTTP,
                config.discordPublicKey(), config.discordApplicationId(), config.discordBotToken(),
                config.discordApiUrl(), config.discordGuildId(), config.staffDiscordIds(), config.staffDiscordRole());
    }

    private void logStartUp(Config config) {
        LOG.info("Slack: {}", !config.slackEnabled() ? "off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on, or"
                + " SLACK_MODE=socket with SLACK_APP_TOKEN and SLACK_BOT_TOKEN)"
                : config.slackSocketMode() ? "on, Socket Mode (no public URL; /health shows the connection), Web API "
                + config.slackApiUrl() : "on, endpoint POST /slack/events, Web API " + config.slackApiUrl());
        LOG.info("Discord: {}", discord != null ? discord.description()
                : "off (set DISCORD_PUBLIC_KEY for the HTTP endpoint, or DISCORD_MODE=gateway with DISCORD_BOT_TOKEN)");
        LOG.info("Jobs: digests at {} {} to {} staff channel(s) and every linked client channel; reminders every {} days"
                + " while overdue", config.digestTime(), config.zone(), Core.staffDigests(config).size(),
                config.reminderEveryDays());
        LOG.info("TicketOps listening on http://{}:{} — database: {}", config.bindAddress(), web.port(), database.label());
    }

    public OutboxRelay relay() {
        return jobs.relay();
    }

    public int port() {
        return web.port();
    }

    /** The port /metrics is served on: METRICS_PORT's listener, or the main one. */
    public int metricsPort() {
        return web.separateMetricsPort().orElse(web.port());
    }

    public Conversation conversation() {
        return core.conversation();
    }

    public Database database() {
        return database.database();
    }

    public UseCases useCases() {
        return core.useCases();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("TicketOps stopping");
        stopModules();
        LOG.info("TicketOps stopped");
    }

    /**
     * Stops what started, intake first: Slack's Socket Mode connections (after the envelopes under way are acked), the
     * listeners, Discord's gateway, the jobs and relay, the pools, the database.
     */
    private void stopModules() {
        if (slack != null) {
            slack.close();
        }
        if (web != null) {
            web.close();
        }
        if (discord != null) {
            discord.close();
        }
        if (jobs != null) {
            jobs.close();
        }
        shutdown(slackWork, discordWork);
        if (database != null) {
            database.close();
        }
    }

    /** Lets the tasks under way finish, a second at most. */
    private static void shutdown(ExecutorService... pools) {
        for (ExecutorService pool : pools) {
            if (pool != null) {
                pool.shutdown();
            }
        }
        try {
            for (ExecutorService pool : pools) {
                if (pool != null) {
                    pool.awaitTermination(1, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
