package dev.ticketops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void discordRegister_fromTheCommandLine_reportsWhatItInstalled() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            fake.respondWith(c -> FakeHttp.Answer.json(200, c.method().equals("GET") ? "[]" : c.body()));
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int code = Commands.run(new String[] {"discord-register"}, Map.of("DISCORD_APPLICATION_ID", DiscordClient.APP,
                    "DISCORD_BOT_TOKEN", "t", "DISCORD_API_URL", fake.url() + "/api/v10", "DISCORD_GUILD_ID", DiscordClient.GUILD),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("in guild " + DiscordClient.GUILD, "added     /ticket",
                    "added     /estimate", "added     /log");
        }
    }

    @Test
    void export_writesTheCsvOfTheGivenRange() throws Exception {
        var target = dev.ticketops.support.TestDatabases.newDatabase();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("time", ".csv");
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int code = Commands.run(new String[] {"export", "time", "--from", "2026-01-01", "--to", "2026-12-31", "--out", file.toString()},
                    Map.of("DB_URL", target.url(), "DB_USER", target.user(), "DB_PASSWORD", target.password()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(java.nio.file.Files.readString(file)).startsWith("Entry ID,Logged At,Date,Ticket");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote 0 rows");
            assertThat(Commands.run(new String[] {"export", "money"}, Map.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                    .isEqualTo(2);
        } finally {
            dev.ticketops.support.TestDatabases.drop(target);
        }
    }

    @Test
    void discordRegister_withoutCredentials_saysWhatIsMissing() {
        var err = new ByteArrayOutputStream();
        int code = Commands.run(new String[] {"discord-register"}, Map.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN");
        assertThat(Commands.run(new String[] {"frobnicate"}, Map.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
