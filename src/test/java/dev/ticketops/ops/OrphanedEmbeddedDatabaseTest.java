package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.Http;
import dev.ticketops.support.TicketOpsProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * TicketOps killed with {@code kill -9} leaves its embedded mariadbd running on DATA_DIR. The next start stops it and
 * starts on the same data at once — not 30 s of waiting for a lock and a 45-line dump.
 */
class OrphanedEmbeddedDatabaseTest {

    @Test
    void afterKill9_theNextStartStopsTheLeftoverServer_andStartsOnTheSameDataWithinFifteenSeconds() throws Exception {
        Path data = Path.of("target", "orphan-" + System.nanoTime()).toAbsolutePath();
        ProcessHandle leftover = null;
        try {
            leftover = killedWithItsServerLeftRunning(data);
            startsAgainAfterStopping(leftover, data);
        } finally {
            if (leftover != null) {
                leftover.destroyForcibly();
            }
        }
    }

    private static ProcessHandle killedWithItsServerLeftRunning(Path data) throws Exception {
        try (TicketOpsProcess first = TicketOpsProcess.start(data, Map.of())) {
            assertThat(first.awaitListening(Duration.ofSeconds(120))).as(first.output()).isTrue();
            ProcessHandle leftover = mariadbd(first);
            try (Connection c = connect(leftover, data)) {
                c.createStatement().execute("INSERT INTO clients (name, kind, created_at) VALUES ('Orphan Survivor', 'INDIVIDUAL', NOW())");
            }

            first.process().destroyForcibly(); // kill -9: no shutdown hook runs
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(leftover.isAlive()).as("the embedded mariadbd outlives a kill -9").isTrue();
            return leftover;
        }
    }

    private static void startsAgainAfterStopping(ProcessHandle leftover, Path data) throws Exception {
        Instant t0 = Instant.now();
        try (TicketOpsProcess second = TicketOpsProcess.start(data, Map.of())) {
            assertThat(second.awaitListening(Duration.ofSeconds(60))).as(second.output()).isTrue();
            Duration took = Duration.between(t0, Instant.now());
            String out = second.output();
            assertThat(took).as(out).isLessThan(Duration.ofSeconds(15));
            assertThat(leftover.isAlive()).as("the leftover server was stopped").isFalse();
            assertThat(out).contains("Stopped the embedded MariaDB (process " + leftover.pid()
                    + ") that an earlier TicketOps left running on DATA_DIR " + data);
            List<String> lines = out.lines().toList();
            assertThat(lines).as("a few lines, no console dump").hasSizeLessThanOrEqualTo(8)
                    .noneMatch(l -> l.contains("ERROR") || l.contains("[Note]") || l.startsWith("\t"));

            assertThat(Http.get("http://127.0.0.1:" + second.httpPort() + "/health").statusCode()).isEqualTo(200);
            try (Connection c = connect(mariadbd(second), data);
                 ResultSet rs = c.createStatement().executeQuery("SELECT name FROM clients")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the data is intact").isEqualTo("Orphan Survivor");
            }
        }
    }

    private static ProcessHandle mariadbd(TicketOpsProcess p) {
        return p.children().stream()
                .filter(h -> h.info().command().orElse("").endsWith("/mariadbd"))
                .findFirst().orElseThrow(() -> new AssertionError("no embedded mariadbd under " + p.process().pid()));
    }

    /** To the embedded server as root, with the password TicketOps keeps in DATA_DIR. */
    private static Connection connect(ProcessHandle mariadbd, Path data) throws Exception {
        String port = mariadbd.info().arguments().map(Arrays::stream).orElseGet(Stream::empty)
                .filter(a -> a.startsWith("--port=")).map(a -> a.substring("--port=".length()))
                .findFirst().orElseThrow();
        String password = Files.readString(data.resolve("root-password")).strip();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/ticketops", "root", password);
    }
}
