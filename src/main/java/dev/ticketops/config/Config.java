package dev.ticketops.config;

import dev.ticketops.domain.Money;
import dev.ticketops.domain.SupportClock;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything TicketOps reads from its environment, checked at start-up. See the README's configuration table. */
public record Config(
        int port,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Path dataDir,
        Money hourlyRate,
        int paymentTermDays,
        Set<String> staffSlackIds,
        Set<String> staffDiscordIds,
        Optional<String> slackSigningSecret,
        Optional<String> slackBotToken,
        String slackApiUrl,
        String discordMode,
        Optional<String> discordPublicKey,
        Optional<String> discordApplicationId,
        Optional<String> discordBotToken,
        String discordApiUrl,
        Optional<String> discordGuildId,
        Optional<String> staffDiscordRole,
        java.time.ZoneId zone,
        int reminderEveryDays,
        String publicUrl,
        String agencyName,
        String agencyAddress,
        String paymentInstructions,
        Optional<String> exportToken,
        java.time.LocalTime digestTime,
        Optional<String> digestSlackChannel,
        Optional<String> digestDiscordChannel,
        Optional<String> slackTeamId,
        String bindAddress,
        Optional<Integer> metricsPort,
        String slackMode,
        Optional<String> slackAppToken,
        SupportClock supportClock) {

    /** Whether /metrics has a listener of its own (METRICS_PORT set and not PORT); otherwise it is served on PORT. */
    public boolean separateMetrics() {
        return metricsPort.isPresent() && (metricsPort.get() != port || port == 0);
    }

    public boolean discordEnabled() {
        return discordMode.equals("gateway") ? discordBotToken.isPresent() : discordPublicKey.isPresent();
    }

    public boolean slackEnabled() {
        return slackSocketMode() ? slackAppToken.isPresent() && slackBotToken.isPresent()
                : slackSigningSecret.isPresent() && slackBotToken.isPresent();
    }

    /** SLACK_MODE=socket: Slack is reached over an outgoing WebSocket (Socket Mode), no public URL needed. */
    public boolean slackSocketMode() {
        return slackMode.equals("socket");
    }

    /** A JDBC URL without the credentials it may carry (user:password@host, password=...). */
    public static String masked(String url) {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
    }

    /** Never prints secrets. */
    @Override
    public String toString() {
        return "Config[port=" + port + ", db=" + dbUrl.map(Config::masked).orElse("embedded in " + dataDir) + ", rate=" + hourlyRate
                + ", term=" + paymentTermDays + "d, slack=" + (slackEnabled() ? slackMode : "off") + ", discord="
                + (discordEnabled() ? discordMode : "off") + "]";
    }

    public static Config fromEnv(Map<String, String> vars) {
        return fromEnv(new Env(vars));
    }

    /** The names of every environment variable TicketOps reads. */
    public static Set<String> variables() {
        Env env = new Env(Map.of());
        env.choice("LOG_FORMAT", "text", "text", "json");
        fromEnv(env);
        return env.read();
    }

    static Config fromEnv(Env env) {
        String currency = env.currency("CURRENCY", "USD");
        return new Config(
                env.integer("PORT", 8080, 0, 65535),
                env.url("DB_URL"),
                env.string("DB_USER", "root"),
                env.string("DB_PASSWORD", ""),
                env.integer("DB_POOL_SIZE", 10, 1, 200),
                env.path("DATA_DIR", "./data"),
                new Money(env.amount("HOURLY_RATE", "12.00"), currency),
                env.integer("PAYMENT_TERM_DAYS", 7, 0, 365),
                env.idList("STAFF_SLACK_IDS"),
                env.idList("STAFF_DISCORD_IDS"),
                env.optional("SLACK_SIGNING_SECRET"),
                env.optional("SLACK_BOT_TOKEN"),
                env.httpUrl("SLACK_API_URL").orElse("https://slack.com/api/"),
                env.choice("DISCORD_MODE", "http", "http", "gateway"),
                env.hex("DISCORD_PUBLIC_KEY", 64),
                env.snowflake("DISCORD_APPLICATION_ID"),
                env.optional("DISCORD_BOT_TOKEN"),
                env.httpUrl("DISCORD_API_URL").orElse("https://discord.com/api/v10"),
                env.snowflake("DISCORD_GUILD_ID"),
                env.optional("STAFF_DISCORD_ROLE"),
                env.zone("DIGEST_ZONE", "UTC"),
                env.integer("REMINDER_EVERY_DAYS", 3, 1, 60),
                env.httpUrl("PUBLIC_URL").orElse("http://localhost:" + env.integer("PORT", 8080, 0, 65535)),
                env.string("AGENCY_NAME", "Support Agency"),
                env.string("AGENCY_ADDRESS", ""),
                env.string("PAYMENT_INSTRUCTIONS", "Pay by Wise (USD ACH transfer) — our primary method. PayPal is available on request."),
                env.optional("EXPORT_TOKEN"),
                env.time("DIGEST_TIME", "09:00"),
                env.optional("DIGEST_SLACK_CHANNEL"),
                env.snowflake("DIGEST_DISCORD_CHANNEL"),
                env.optional("SLACK_TEAM_ID"),
                env.string("BIND_ADDRESS", "0.0.0.0"),
                env.optional("METRICS_PORT").map(p -> env.integer("METRICS_PORT", 0, 0, 65535)),
                env.choice("SLACK_MODE", "http", "http", "socket"),
                env.optional("SLACK_APP_TOKEN"),
                SupportClockEnv.read(env, env.zone("DIGEST_ZONE", "UTC")));
    }

    public static Config fromEnvChecked(Map<String, String> vars) {
        new Env(vars).choice("LOG_FORMAT", "text", "text", "json");
        Config c = fromEnv(vars);
        checkSlackMode(c);
        if (!c.slackSocketMode() && c.slackSigningSecret().isPresent() != c.slackBotToken().isPresent()) {
            throw new ConfigException((c.slackBotToken().isEmpty() ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET")
                    + " is missing: Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or neither, to leave Slack off)");
        }
        try {
            java.net.InetAddress.getByName(c.bindAddress());
        } catch (java.net.UnknownHostException e) {
            throw new ConfigException("BIND_ADDRESS=" + c.bindAddress() + " is not an address of this host (like 0.0.0.0 or 127.0.0.1)");
        }
        if (c.slackTeamId().isPresent() && !c.slackTeamId().get().matches("T[A-Z0-9]{2,}")) {
            throw new ConfigException("SLACK_TEAM_ID=" + c.slackTeamId().get() + " is not a Slack team id (like T0123ABCD;"
                    + " leave it unset to use the team of SLACK_BOT_TOKEN)");
        }
        if (c.exportToken().isPresent() && c.exportToken().get().length() < 16) {
            throw new ConfigException("EXPORT_TOKEN is too short: use at least 16 random characters (it guards every invoice and time entry)");
        }
        if (c.staffDiscordRole().isPresent() && c.discordGuildId().isEmpty()) {
            throw new ConfigException("STAFF_DISCORD_ROLE needs DISCORD_GUILD_ID: a staff role only counts in the agency's own"
                    + " Discord server (anyone can create a role of that name in a server of their own)");
        }
        if (c.discordMode().equals("gateway") && c.discordBotToken().isEmpty()) {
            throw new ConfigException("DISCORD_MODE=gateway needs DISCORD_BOT_TOKEN (the bot connects to the gateway with it)");
        }
        return c;
    }

    /** SLACK_MODE=socket needs SLACK_APP_TOKEN and SLACK_BOT_TOKEN; an app-level token is only used in socket mode. */
    private static void checkSlackMode(Config c) {
        if (c.slackAppToken().isPresent() && !c.slackAppToken().get().startsWith("xapp-")) {
            throw new ConfigException("SLACK_APP_TOKEN is not an app-level token: it starts with xapp- (Basic Information →"
                    + " App-Level Tokens, scope connections:write)");
        }
        if (!c.slackSocketMode()) {
            if (c.slackAppToken().isPresent()) {
                throw new ConfigException("SLACK_APP_TOKEN is set but SLACK_MODE is http: set SLACK_MODE=socket to connect"
                        + " over Socket Mode, or unset SLACK_APP_TOKEN");
            }
            return;
        }
        if (c.slackAppToken().isEmpty()) {
            throw new ConfigException("SLACK_APP_TOKEN is missing: SLACK_MODE=socket needs an app-level token (xapp-…, scope"
                    + " connections:write) and SLACK_BOT_TOKEN");
        }
        if (c.slackBotToken().isEmpty()) {
            throw new ConfigException("SLACK_BOT_TOKEN is missing: SLACK_MODE=socket needs it besides SLACK_APP_TOKEN (the"
                    + " bot posts estimates and summaries with it)");
        }
        if (c.slackBotToken().get().startsWith("xapp-")) {
            throw new ConfigException("SLACK_BOT_TOKEN holds an app-level token (xapp-…): use the Bot User OAuth Token"
                    + " (xoxb-…) there and the xapp- token in SLACK_APP_TOKEN");
        }
    }
}
