package dev.ticketops;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.UseCaseFactory;
import dev.ticketops.app.UseCases;
import dev.ticketops.chat.Conversation;
import dev.ticketops.config.Config;
import dev.ticketops.store.Database;
import dev.ticketops.store.EmbeddedMariaDb;
import dev.ticketops.web.WebServer;
import com.slack.api.Slack;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.domain.Platform;
import dev.ticketops.web.Agency;
import dev.ticketops.web.InvoiceRoutes;
import dev.ticketops.discord.DiscordGateway;
import dev.ticketops.discord.DiscordInteractions;
import dev.ticketops.discord.DiscordRest;
import dev.ticketops.discord.DiscordRoutes;
import dev.ticketops.discord.DiscordSender;
import dev.ticketops.discord.DiscordSettings;
import dev.ticketops.discord.DiscordSignature;
import dev.ticketops.discord.RestRoleDirectory;
import dev.ticketops.app.SendDigests;
import dev.ticketops.app.SendReminders;
import dev.ticketops.app.port.Destination;
import dev.ticketops.jobs.Jobs;
import dev.ticketops.ops.Observability;
import dev.ticketops.ops.WorkPool;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import dev.ticketops.jobs.OutboxRelay;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.slack.SlackApp;
import dev.ticketops.slack.SlackRoutes;
import dev.ticketops.slack.SlackSender;
import dev.ticketops.slack.SlackSettings;
import dev.ticketops.slack.SlackWebApi;
import dev.ticketops.slack.SlackWorkspace;
import dev.ticketops.web.RouteModule;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every part with {@code new}, in order, and stops them in reverse. */
public final class TicketOps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TicketOps.class);
    static final java.time.Duration SLACK_PATIENCE = java.time.Duration.ofMillis(2000);
    static final java.time.Duration DISCORD_PATIENCE = java.time.Duration.ofSeconds(10);
    static final java.time.Duration DB_RETRY = java.time.Duration.ofSeconds(5);

    private final EmbeddedMariaDb embedded;
    private final Database database;
    private final Conversation conversation;
    private final UseCases useCases;
    private final WebServer web;
    private final OutboxRelay relay;
    private final ExecutorService background;
    private final ExecutorService discordWork;
    private final DiscordGateway gateway;
    private final Jobs jobs;
    /** The separate /metrics listener when METRICS_PORT differs from PORT; null otherwise. */
    private final WebServer metricsWeb;

    private TicketOps(EmbeddedMariaDb embedded, Database database, UseCases useCases, Conversation conversation, WebServer web,
                      OutboxRelay relay, ExecutorService background, ExecutorService discordWork, DiscordGateway gateway,
                      Jobs jobs, WebServer metricsWeb) {
        this.discordWork = discordWork;
        this.metricsWeb = metricsWeb;
        this.gateway = gateway;
        this.jobs = jobs;
        this.relay = relay;
        this.background = background;
        this.embedded = embedded;
        this.database = database;
        this.useCases = useCases;
        this.conversation = conversation;
        this.web = web;
    }

    public static TicketOps start(Config config, Clock clock) {
        return start(config, clock, Tuning.defaults());
    }

    public static TicketOps start(Config config, Clock clock, Tuning tuning) {
        return start(config, clock, tuning, List.of());
    }

    /** {@code extra} routes join the server (benchmarks add their reference routes this way). */
    public static TicketOps start(Config config, Clock clock, Tuning tuning, List<RouteModule> extra) {
        EmbeddedMariaDb embedded = null;
        Database database = null;
        OutboxRelay relay = null;
        ExecutorService background = null;
        ExecutorService discordWork = null;
        DiscordGateway gateway = null;
        Jobs jobs = null;
        WebServer metricsWeb = null;
        try {
            String url;
            String user;
            String password;
            String dbLabel;
            if (config.dbUrl().isPresent()) {
                url = config.dbUrl().get();
                user = config.dbUser();
                password = config.dbPassword();
                dbLabel = "MariaDB at " + Config.masked(url);
            } else {
                embedded = EmbeddedMariaDb.start(config.dataDir());
                url = embedded.jdbcUrl();
                user = embedded.user();
                password = embedded.password();
                dbLabel = "embedded MariaDB (data in " + config.dataDir() + ")";
            }
            database = Database.start(url, user, password, config.dbPoolSize(),
                    config.dbUrl().isPresent() ? "DB_URL=" + Config.masked(url) : dbLabel, DB_RETRY);
            UseCaseFactory factory = new UseCaseFactory(database.stores(), clock,
                    new BillingDefaults(config.hourlyRate(), config.paymentTermDays(), config.zone(), config.reminderEveryDays(),
                            config.publicUrl()));
            UseCases useCases = factory.useCases();
            Conversation conversation = new Conversation(useCases);
            // Slack shows its own error after 3 s: a request waits for the database 2 s at most, then hears that nothing
            // was changed. Discord's answer is deferred after 2 s, so it may wait longer.
            Conversation slackConversation = new Conversation(useCases, SLACK_PATIENCE);
            Conversation discordConversation = new Conversation(useCases, DISCORD_PATIENCE);
            Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
            List<RouteModule> modules = new ArrayList<>(extra);
            CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
            Observability obs = new Observability(clock).watchOutbox(database.transactions(), database.outboxQueue())
                    .watchPool(database.pool()).watchCircuitBreakers(breakers);
            if (!config.separateMetrics()) {
                modules.add(obs);
            }
            modules.add(new InvoiceRoutes(useCases.readInvoiceDocument(), useCases.exportData(),
                    new Agency(config.agencyName(), config.agencyAddress(), config.paymentInstructions()), config.exportToken()));
            // One pool per platform, each with a bounded queue: a Slack API that hangs fills Slack's pool only.
            background = new WorkPool("slack-calls", 4, 200, obs);
            discordWork = new WorkPool("discord-work", 8, 200, obs);
            SlackWebApi slackApi = null;
            SlackWorkspace slackWorkspace = null;
            if (config.slackEnabled()) {
                SlackSettings settings = new SlackSettings(config.slackSigningSecret().get(), config.slackBotToken().get(),
                        config.slackApiUrl(), config.staffSlackIds());
                com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
                sdk.setMethodsEndpointUrlPrefix(settings.apiUrl());
                sdk.setStatsEnabled(false);
                sdk.setPrettyResponseLoggingEnabled(false);
                Slack slack = Slack.getInstance(sdk);
                slackApi = new SlackWebApi(slack, settings.botToken(), new Resilience("slack", tuning.resilience(), breakers));
                senders.put(Platform.SLACK, new SlackSender(slackApi));
                slackWorkspace = new SlackWorkspace(config.slackTeamId(), slackApi, background);
                SlackApp app = new SlackApp(settings, slack, slackApi, slackConversation, background, slackWorkspace);
                modules.add(new SlackRoutes(app, settings, clock, obs));
            }
            String discordLabel = "off (set DISCORD_PUBLIC_KEY for the HTTP endpoint, or DISCORD_MODE=gateway with DISCORD_BOT_TOKEN)";
            if (config.discordEnabled()) {
                DiscordSettings settings = new DiscordSettings(
                        config.discordMode().equals("gateway") ? DiscordSettings.Mode.GATEWAY : DiscordSettings.Mode.HTTP,
                        config.discordPublicKey(), config.discordApplicationId(), config.discordBotToken(),
                        config.discordApiUrl(), config.discordGuildId(), config.staffDiscordIds(), config.staffDiscordRole());
                Resilience discordPolicies = new Resilience("discord", tuning.resilience(), breakers);
                DiscordRest rest = new DiscordRest(settings.apiUrl(), settings.botToken(), discordPolicies);
                DiscordInteractions handler = new DiscordInteractions(discordConversation, useCases.listTickets(), settings,
                        new RestRoleDirectory(rest, clock));
                if (settings.mode() == DiscordSettings.Mode.GATEWAY) {
                    gateway = new DiscordGateway(handler, discordWork, tuning.discordDeferAfter(), obs).connect(settings.botToken().get());
                    senders.put(Platform.DISCORD, gateway.sender(discordPolicies));
                    discordLabel = "on, gateway mode (JDA)";
                } else {
                    modules.add(new DiscordRoutes(handler, new DiscordSignature(settings.publicKeyHex().get()), rest, discordWork,
                            tuning.discordDeferAfter(), obs, clock));
                    if (settings.botToken().isPresent()) {
                        senders.put(Platform.DISCORD, new DiscordSender(rest));
                    } else {
                        LOG.warn("Discord: DISCORD_BOT_TOKEN is not set, so estimates and closure summaries for Discord"
                                + " channels wait in the outbox until it is");
                    }
                    discordLabel = "on, endpoint POST /discord/interactions, REST " + settings.apiUrl();
                }
            }
            relay = new OutboxRelay(database.transactions(), database.outboxQueue(), senders, clock,
                    tuning.outboxPoll(), tuning.outboxFirstRetry(), tuning.outboxMaxRetry());
            database.onOutboxCommitted(relay::wake);
            Database db = database;
            WebServer web = new WebServer(config.bindAddress(), config.port(), db::isUp, modules).start();
            if (config.separateMetrics()) {
                // /metrics only here: PORT answers 404 for it, so it can stay off the public listener
                metricsWeb = new WebServer(config.bindAddress(), config.metricsPort().get(), db::isUp, List.of(obs)).start();
                LOG.info("Metrics on http://{}:{}/metrics (not on PORT)", config.bindAddress(), metricsWeb.port());
            }
            relay.start();
            List<Destination> staffDigests = new ArrayList<>();
            if (config.slackEnabled()) {
                config.digestSlackChannel().ifPresent(c -> staffDigests.add(new Destination(Platform.SLACK, "slack", c, false)));
            }
            if (config.discordEnabled()) {
                config.digestDiscordChannel().ifPresent(c -> staffDigests.add(new Destination(Platform.DISCORD, "discord", c, false)));
            }
            SendDigests digests = factory.sendDigests(new SendDigests.Settings(config.digestTime(), staffDigests));
            SendReminders reminders = useCases.sendReminders();
            OutboxRelay outbox = relay;
            jobs = new Jobs(database.dataSource(), database.transactions(), database.stores().processedRequests(), clock,
                    tuning.jobs(), digests::execute, () -> reminders.execute().reminded(), outbox::drain, instanceName());
            Jobs scheduled = jobs;
            // A database that is not there yet: the jobs start (and the outbox is looked at) once it is.
            database.whenReady(() -> {
                scheduled.start();
                outbox.wake();
            });
            database.onAvailability(scheduled::databaseAvailable);
            LOG.info("Slack: {}", config.slackEnabled() ? "on, endpoint POST /slack/events, Web API " + config.slackApiUrl()
                    : "off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on)");
            LOG.info("Discord: {}", discordLabel);
            LOG.info("Jobs: digests at {} {} to {} staff channel(s) and every linked client channel; reminders every {} days"
                    + " while overdue", config.digestTime(), config.zone(), staffDigests.size(), config.reminderEveryDays());
            LOG.info("TicketOps listening on http://{}:{} — database: {}", config.bindAddress(), web.port(), dbLabel);
            if (slackWorkspace != null) {
                slackWorkspace.learn();
            }
            return new TicketOps(embedded, database, useCases, conversation, web, relay, background, discordWork, gateway, jobs,
                    metricsWeb);
        } catch (RuntimeException e) {
            if (metricsWeb != null) {
                metricsWeb.close();
            }
            if (relay != null) {
                relay.close();
            }
            if (gateway != null) {
                gateway.close();
            }
            if (jobs != null) {
                jobs.close();
            }
            if (background != null) {
                background.shutdownNow();
            }
            if (discordWork != null) {
                discordWork.shutdownNow();
            }
            if (database != null) {
                database.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public OutboxRelay relay() {
        return relay;
    }

    /** Distinct per process, so several instances on one host are told apart by the scheduler. */
    static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "host";
        }
        String name = host + "-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(System.identityHashCode(new Object()));
        return name.length() > 50 ? name.substring(name.length() - 50) : name;
    }


    public int port() {
        return web.port();
    }

    /** The port /metrics is served on: METRICS_PORT's listener, or the main one. */
    public int metricsPort() {
        return metricsWeb != null ? metricsWeb.port() : web.port();
    }

    public Conversation conversation() {
        return conversation;
    }

    public Database database() {
        return database;
    }

    public UseCases useCases() {
        return useCases;
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("TicketOps stopping");
        web.close();
        if (metricsWeb != null) {
            metricsWeb.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        jobs.close();
        relay.close();
        background.shutdown();
        discordWork.shutdown();
        try {
            background.awaitTermination(1, TimeUnit.SECONDS);
            discordWork.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
        if (embedded != null) {
            embedded.close();
        }
        LOG.info("TicketOps stopped");
    }
}
