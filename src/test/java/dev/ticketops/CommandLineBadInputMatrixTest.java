package dev.ticketops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.DbFootprint;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on the jar's command line: each case gets its exit code (2 for a usage error, 1 for a failure) and one
 * line on standard error that says why and what to do instead, writes no file, and leaves the database as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineBadInputMatrixTest {
    record Outcome(int code, String out, String err, Duration took) {
        List<String> errLines() {
            return err.strip().isEmpty() ? List.of() : List.of(err.strip().split("\\R"));
        }
    }

    static Outcome run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int code = Commands.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - start));
    }

    TestDatabases.TestDb db;
    Map<String, String> env;

    @BeforeAll
    void start() {
        db = TestDatabases.open();
        var t = db.target();
        env = Map.of("DB_URL", t.url(), "DB_USER", t.user(), "DB_PASSWORD", t.password());
    }

    @AfterAll
    void stop() {
        db.close();
    }

    // ---- dates --------------------------------------------------------------------------------------------------------

    static Stream<Arguments> badDates() {
        return Stream.of(
                Arguments.of(List.of("--from", "2026-02-30"), "'2026-02-30' is not a date like 2026-11-01"),
                Arguments.of(List.of("--to", "yesterday"), "'yesterday' is not a date like 2026-11-01"),
                Arguments.of(List.of("--from", ""), "'' is not a date like 2026-11-01"),
                Arguments.of(List.of("--to", "26-11-01"), "'26-11-01' is not a date like 2026-11-01"),
                Arguments.of(List.of("--from", "2026-11-01T00:00"), "'2026-11-01T00:00' is not a date like 2026-11-01"),
                Arguments.of(List.of("--from", "01/11/2026"), "'01/11/2026' is not a date like 2026-11-01"),
                Arguments.of(List.of("--from", "0999-12-31", "--to", "2026-01-01"), "between 1000-01-01 and 9999-12-31"),
                Arguments.of(List.of("--to", "+10000-01-01"), "between 1000-01-01 and 9999-12-31"),
                Arguments.of(List.of("--from", "2026-11-02", "--to", "2026-11-01"), "from (2026-11-02) is after to (2026-11-01)"),
                Arguments.of(List.of("--from", "2026-11-01", "--from", "2026-11-02"), "--from"));
    }

    @ParameterizedTest
    @MethodSource("badDates")
    void badDates_areUsageErrors_namingTheForm_writingNothing(List<String> dates, String says, @TempDir Path dir) {
        for (String kind : List.of("time", "invoices")) {
            DbFootprint before = DbFootprint.of(db.target());
            Path csv = dir.resolve(kind + ".csv");
            List<String> args = new ArrayList<>(List.of("export", kind));
            args.addAll(dates);
            args.addAll(List.of("--out", csv.toString()));

            Outcome o = run(env, args.toArray(String[]::new));

            assertThat(o.code()).as(o.err()).isEqualTo(2);
            assertThat(o.err()).contains(says);
            assertThat(o.out()).isEmpty();
            assertThat(csv).doesNotExist();
            assertThat(DbFootprint.of(db.target())).isEqualTo(before);
        }
    }

    // ---- --out --------------------------------------------------------------------------------------------------------

    /** Places a write cannot go, even as root (where file permissions do not stop writes). */
    enum Unwritable {
        A_DIRECTORY, UNDER_A_REGULAR_FILE, DEEP_UNDER_A_REGULAR_FILE
    }

    static Path unwritable(Unwritable where, Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
        return switch (where) {
            case A_DIRECTORY -> Files.createDirectory(dir.resolve("reports"));
            case UNDER_A_REGULAR_FILE -> file.resolve("out.csv");
            case DEEP_UNDER_A_REGULAR_FILE -> file.resolve("2026").resolve("out.csv");
        };
    }

    static Stream<Arguments> unwritableOuts() {
        return Stream.of(Unwritable.values()).flatMap(w -> Stream.of(Arguments.of(w, "time"), Arguments.of(w, "invoices")));
    }

    @ParameterizedTest
    @MethodSource("unwritableOuts")
    void anUnwritableOut_fails_withOneLineNamingTheFileAndWhatToDo(Unwritable where, String kind, @TempDir Path dir) throws Exception {
        Path out = unwritable(where, dir);
        DbFootprint before = DbFootprint.of(db.target());

        Outcome o = run(env, "export", kind, "--from", "2026-01-01", "--to", "2026-12-31", "--out", out.toString());

        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.errLines()).hasSize(1);
        assertThat(o.err()).contains("Cannot write the export to " + out, "--out");
        assertThat(o.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("keep me");
        if (where == Unwritable.A_DIRECTORY) {
            try (var listing = Files.list(out)) {
                assertThat(listing).isEmpty();
            }
        }
        assertThat(DbFootprint.of(db.target())).isEqualTo(before);
    }

    // ---- the database is down -----------------------------------------------------------------------------------------

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Stream<Arguments> unreachableDatabases() throws Exception {
        int port = closedPort();
        return Stream.of(
                Arguments.of("jdbc:mariadb://127.0.0.1:" + port + "/ticketops?user=admin&password=s3cret-pw",
                        "jdbc:mariadb://127.0.0.1:" + port + "/ticketops?user=admin&password=***"),
                Arguments.of("jdbc:mariadb://admin:s3cret-pw@127.0.0.1:" + port + "/ticketops",
                        "jdbc:mariadb://***@127.0.0.1:" + port + "/ticketops"));
    }

    @ParameterizedTest
    @MethodSource("unreachableDatabases")
    void aDatabaseThatIsDown_fails_withinSeconds_withOneLineNamingDbUrlMasked(String url, String masked, @TempDir Path dir) {
        Path csv = dir.resolve("out.csv");

        Outcome o = run(Map.of("DB_URL", url, "DB_PASSWORD", "s3cret-pw"), "export", "invoices", "--out", csv.toString());

        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(o.errLines()).as(o.err()).hasSize(1);
        assertThat(o.err()).contains("DB_URL=" + masked).doesNotContain("s3cret-pw");
        assertThat(csv).doesNotExist();
    }

    // ---- discord-register refused ---------------------------------------------------------------------------------------

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("GET", 401, "{\"message\":\"401: Unauthorized\",\"code\":0}", "DISCORD_BOT_TOKEN"),
                Arguments.of("GET", 403, "{\"message\":\"Missing Access\",\"code\":50001}", "applications.commands"),
                Arguments.of("PUT", 403, "{\"message\":\"Missing Access\",\"code\":50001}", "applications.commands"),
                Arguments.of("GET", 404, "{\"message\":\"Unknown Application\",\"code\":10002}", "DISCORD_APPLICATION_ID"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusedRegistration_exitsNonZero_withOneLineSayingWhatToCheck_andInstallsNothing(String refusedMethod, int status,
                                                                                        String body, String check) throws Exception {
        try (FakeHttp discord = new FakeHttp()) {
            discord.respondWith(c -> c.method().equals(refusedMethod) ? FakeHttp.Answer.json(status, body)
                    : FakeHttp.Answer.json(200, c.method().equals("GET") ? "[]" : c.body()));

            Outcome o = run(Map.of("DISCORD_APPLICATION_ID", DiscordClient.APP, "DISCORD_BOT_TOKEN", "bot-token-refused",
                    "DISCORD_API_URL", discord.url() + "/api/v10", "DISCORD_GUILD_ID", DiscordClient.GUILD), "discord-register");

            assertThat(o.code()).as(o.err()).isEqualTo(1);
            assertThat(o.errLines()).as(o.err()).hasSize(1);
            assertThat(o.err()).contains("Discord refused the registration", "HTTP " + status, check, "nothing was installed")
                    .doesNotContain("bot-token-refused");
            assertThat(o.out()).isEmpty();
            assertThat(discord.calls()).as("a refusal is not retried").filteredOn(c -> c.method().equals(refusedMethod)).hasSize(1);
            if (refusedMethod.equals("GET")) {
                assertThat(discord.calls()).noneMatch(c -> c.method().equals("PUT"));
            }
        }
    }
}
