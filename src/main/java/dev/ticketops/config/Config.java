package dev.ticketops.config;

import dev.ticketops.domain.Money;
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
        Set<String> staffDiscordIds) {

    public static Config fromEnv(Map<String, String> vars) {
        Env env = new Env(vars);
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
                env.idList("STAFF_DISCORD_IDS"));
    }
}
