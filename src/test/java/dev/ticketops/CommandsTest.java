package dev.ticketops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    record Outcome(int code, String out, String err) {
    }

    static Outcome run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Commands.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void export_withAnUnknownOption_isAUsageError(@TempDir Path dir) {
        Outcome o = run(Map.of("DATA_DIR", dir.resolve("data").toString()), "export", "invoices", "--form", "2026-11-01");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("Unknown options: '--form', '2026-11-01'", "Usage: java -jar target/ticketops.jar export");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void export_withAMissingValue_isAUsageError(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
        Outcome atTheEnd = run(env, "export", "time", "--from");
        assertThat(atTheEnd.code()).isEqualTo(2);
        assertThat(atTheEnd.err()).contains("Missing required parameter for option '--from'", "Usage:");
        Outcome beforeAnotherOption = run(env, "export", "time", "--out", "--to", "2026-11-30");
        assertThat(beforeAnotherOption.code()).isEqualTo(2);
        assertThat(beforeAnotherOption.err()).contains("'--out'", "Usage:");
        Outcome noKind = run(env, "export");
        assertThat(noKind.code()).isEqualTo(2);
        assertThat(noKind.err()).contains("Missing required parameter: 'invoices|time'");
        Outcome badDate = run(env, "export", "time", "--from", "2026-13-01");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2026-13-01' is not a date like 2026-11-01");
        Outcome stray = run(env, "export", "time", "extra");
        assertThat(stray.code()).isEqualTo(2);
        assertThat(stray.err()).contains("Unmatched argument", "'extra'");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void export_withoutDbUrl_andNoEmbeddedDatabase_refusesToCreateOne(@TempDir Path dir) {
        Path data = dir.resolve("data");
        Path csv = dir.resolve("out.csv");
        Outcome o = run(Map.of("DATA_DIR", data.toString()), "export", "invoices", "--out", csv.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err().strip()).doesNotContain("\n").contains("DB_URL is unset", "DATA_DIR=" + data, "holds no TicketOps database");
        assertThat(data).doesNotExist();
        assertThat(csv).doesNotExist();
    }

    @Test
    void export_runFromAnotherDirectory_createsNoDataDirectory(@TempDir Path dir) throws Exception {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "export", "invoices", "--out", "invoices.csv");
        var pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("DB_") || k.equals("DATA_DIR"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("holds no TicketOps database");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(dir.resolve("invoices.csv")).doesNotExist();
    }

    @Test
    void help_listsTheCommands_andTheExportOptions() {
        Outcome top = run(Map.of(), "--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("serve", "export", "discord-register");
        Outcome export = run(Map.of(), "help", "export");
        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("--from=YYYY-MM-DD", "--to=YYYY-MM-DD", "--out=file.csv", "invoices, time");
    }

    @Test
    void anInvalidConfiguration_namesTheVariable() {
        Outcome o = run(Map.of("PORT", "eighty"), "export", "invoices");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("TicketOps cannot run export: PORT=eighty is not a whole number");
    }

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
            assertThat(java.nio.file.Files.readString(file)).startsWith("\uFEFFEntry ID,Logged At,Date,Ticket");
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
