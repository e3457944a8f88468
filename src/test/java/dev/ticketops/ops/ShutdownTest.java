package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stopping is graceful: requests in flight finish, then everything stops within 10 seconds. */
class ShutdownTest {

    @Test
    void close_letsARequestInFlightFinish_andStopsWithinTenSeconds() throws Exception {
        var slow = (dev.ticketops.web.RouteModule) routes -> routes.post("/slow", ctx -> {
            Thread.sleep(2000);
            ctx.result("finished");
        });
        TestDatabases.Target db = TestDatabases.newDatabase();
        RunningServer server = new RunningServer(db, Map.of(), Clock.systemUTC(), RunningServer.FAST, List.of(slow));
        try {
            String url = server.url("/slow");
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> Http.post(url, "", Map.of()));
            Thread.sleep(500);
            Instant t0 = Instant.now();
            server.stop();
            Duration took = Duration.between(t0, Instant.now());
            HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("finished");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        } finally {
            TestDatabases.drop(db);
        }
    }

    @Test
    void sigterm_stopsTheServerAndItsEmbeddedDatabase_withinTenSeconds() throws Exception {
        Path data = Path.of("target", "sigterm-" + System.nanoTime()).toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.ticketops.Main");
        pb.environment().remove("DB_URL");
        pb.environment().put("PORT", "0");
        pb.environment().put("DATA_DIR", data.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try {
            runAndStop(p);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static void runAndStop(Process p) throws Exception {
        StringBuffer seen = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    seen.append(line).append('\n');
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        Pattern listening = Pattern.compile("TicketOps listening on http://0\\.0\\.0\\.0:(\\d+) — database: embedded MariaDB");
        int port = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (port < 0 && System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = listening.matcher(seen);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(port).as(seen.toString()).isPositive();
        assertThat(seen.toString()).contains("Slack: off", "Discord: off");
        assertThat(Http.get("http://127.0.0.1:" + port + "/health").statusCode()).isEqualTo(200);
        List<ProcessHandle> children = p.descendants().toList();
        assertThat(children).as("the embedded mariadbd").isNotEmpty();

        Instant t0 = Instant.now();
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        boolean exited = p.waitFor(10, TimeUnit.SECONDS);
        Duration took = Duration.between(t0, Instant.now());
        reader.join(2000);
        assertThat(exited).as("exited within 10 s after SIGTERM:\n" + seen).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(seen.toString()).contains("TicketOps stopping", "Embedded MariaDB stopped", "TicketOps stopped");
        Thread.sleep(500);
        assertThat(children.stream().filter(ProcessHandle::isAlive)).as("mariadbd stopped too").isEmpty();
    }
}
