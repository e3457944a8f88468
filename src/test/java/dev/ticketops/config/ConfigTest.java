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
