package dev.ticketops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaults_matchTheAgencysPolicy() {
        Config c = Config.fromEnv(Map.of());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.hourlyRate().display()).isEqualTo("$12.00");
        assertThat(c.hourlyRate().currency()).isEqualTo("USD");
        assertThat(c.paymentTermDays()).isEqualTo(7);
        assertThat(c.dbUrl()).isEmpty();
        assertThat(c.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void readsStaffLists() {
        Config c = Config.fromEnv(Map.of("STAFF_SLACK_IDS", "U1, U2,,", "STAFF_DISCORD_IDS", "123456789012345678"));
        assertThat(c.staffSlackIds()).containsExactlyInAnyOrder("U1", "U2");
        assertThat(c.staffDiscordIds()).containsExactly("123456789012345678");
    }

    @Test
    void badValues_nameTheVariableAndWhatIsWrong() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("HOURLY_RATE", "abc")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("HOURLY_RATE=abc is not an amount");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PORT", "99999")))
                .hasMessageStartingWith("PORT=99999 is out of range");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("PAYMENT_TERM_DAYS", "soon")))
                .hasMessageStartingWith("PAYMENT_TERM_DAYS=soon is not a whole number");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("CURRENCY", "dollars")))
                .hasMessageStartingWith("CURRENCY=dollars is not a three-letter");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("DB_URL", "postgres://x")))
                .hasMessageStartingWith("DB_URL=postgres://x is not a MariaDB JDBC URL");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("STAFF_SLACK_IDS", "U1;U2")))
                .hasMessageContaining("STAFF_SLACK_IDS");
    }

    @Test
    void chatPlatforms_areOnlyOnWhenFullyConfigured_andSecretsNeverPrint() {
        Config none = Config.fromEnvChecked(Map.of());
        assertThat(none.slackEnabled()).isFalse();
        assertThat(none.discordEnabled()).isFalse();
        Config slack = Config.fromEnvChecked(Map.of("SLACK_SIGNING_SECRET", "s3cr3t-signing", "SLACK_BOT_TOKEN", "xoxb-1-2-secret"));
        assertThat(slack.slackEnabled()).isTrue();
        assertThat(slack.toString()).doesNotContain("s3cr3t-signing").doesNotContain("xoxb-1-2-secret");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_SIGNING_SECRET", "x")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN is missing");
        assertThat(Config.fromEnvChecked(Map.of("DISCORD_PUBLIC_KEY", "ab".repeat(32))).discordEnabled()).isTrue();
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("DISCORD_PUBLIC_KEY", "xyz")))
                .hasMessageStartingWith("DISCORD_PUBLIC_KEY is not 64 hexadecimal characters");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("DISCORD_MODE", "gateway")))
                .hasMessageStartingWith("DISCORD_MODE=gateway needs DISCORD_BOT_TOKEN");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("DISCORD_MODE", "socket")))
                .hasMessageStartingWith("DISCORD_MODE=socket is not one of http, gateway");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("DISCORD_GUILD_ID", "my-server")))
                .hasMessageStartingWith("DISCORD_GUILD_ID=my-server is not a Discord id");
    }

    @Test
    void databaseCredentials_neverPrint() {
        assertThat(Config.masked("jdbc:mariadb://ticketops:s3cret@db:3306/ticketops?password=s3cret&useSsl=true"))
                .isEqualTo("jdbc:mariadb://***@db:3306/ticketops?password=***&useSsl=true");
        assertThat(Config.fromEnv(Map.of("DB_URL", "jdbc:mariadb://db:3306/t?user=x&password=hunter2")).toString())
                .doesNotContain("hunter2");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("STAFF_DISCORD_ROLE", "Support")))
                .hasMessageStartingWith("STAFF_DISCORD_ROLE needs DISCORD_GUILD_ID");
    }

    @Test
    void slackSocketMode_needsTheAppAndBotTokens_andNoSigningSecret() {
        Config socket = Config.fromEnvChecked(Map.of("SLACK_MODE", "socket", "SLACK_APP_TOKEN", "xapp-1-A0-secret",
                "SLACK_BOT_TOKEN", "xoxb-1-2-secret"));
        assertThat(socket.slackEnabled()).isTrue();
        assertThat(socket.slackSocketMode()).isTrue();
        assertThat(socket.toString()).contains("slack=socket").doesNotContain("xapp-1-A0-secret", "xoxb-1-2-secret");
        assertThat(Config.fromEnvChecked(Map.of("SLACK_MODE", "SOCKET", "SLACK_APP_TOKEN", "xapp-1",
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "not needed, harmless")).slackEnabled()).isTrue();
        Config http = Config.fromEnvChecked(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1"));
        assertThat(http.slackSocketMode()).isFalse();
        assertThat(http.toString()).contains("slack=http");

        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_MODE", "socket", "SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_APP_TOKEN is missing: SLACK_MODE=socket needs");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_MODE", "socket", "SLACK_APP_TOKEN", "xapp-1")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN is missing: SLACK_MODE=socket needs");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_MODE", "socket", "SLACK_APP_TOKEN", "xoxb-wrong-secret",
                "SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_APP_TOKEN is not an app-level token").message().doesNotContain("wrong-secret");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_MODE", "socket", "SLACK_APP_TOKEN", "xapp-1",
                "SLACK_BOT_TOKEN", "xapp-2-secret")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN holds an app-level token").message().doesNotContain("xapp-2-secret");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s")))
                .hasMessageStartingWith("SLACK_APP_TOKEN is set but SLACK_MODE is http");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_MODE", "websocket")))
                .hasMessageStartingWith("SLACK_MODE=websocket is not one of http, socket");
        // socket mode does not need the signing secret that HTTP mode insists on
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is missing");
    }

    @Test
    void socketModeWithoutTheAppToken_stopsStartUpWithOneLine() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.ticketops.Main");
        pb.environment().put("SLACK_MODE", "socket");
        pb.environment().put("SLACK_BOT_TOKEN", "xoxb-1-2-secret");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).startsWith("TicketOps cannot start: SLACK_APP_TOKEN is missing").doesNotContain("\n", "xoxb-1-2-secret");
        assertThat(err.lines().count()).isEqualTo(1);
    }

    @Test
    void theServer_refusesToStartWithOneLineNamingTheVariable() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.ticketops.Main");
        pb.environment().put("HOURLY_RATE", "abc");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("TicketOps cannot start: HOURLY_RATE=abc is not an amount (expected a number with at most"
                + " two decimals, like 12.00)");
    }
}
