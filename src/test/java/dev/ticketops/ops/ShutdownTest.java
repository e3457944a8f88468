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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stopping is graceful: requests in flight finish, then everything stops within 10 seconds. */
class ShutdownTest {

    @Test
    void close_letsARequestInFlightFinish_andStopsWithinTenSeconds() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        var slow = (dev.ticketops.web.RouteModule) routes -> routes.post("/slow", ctx -> {
            entered.countDown();
            Thread.sleep(2000); // the work in flight while the server is told to stop
            ctx.result("finished");
        });
        TestDatabases.Target db = TestDatabases.newDatabase();
        RunningServer server = new RunningServer(db, Map.of(), Clock.systemUTC(), RunningServer.FAST, List.of(slow));
        try {
            String url = server.url("/slow");
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> Http.post(url, "", Map.of()));
            assertThat(entered.await(10, TimeUnit.SECONDS)).as("the request reached the server").isTrue();
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
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    seen.append(line).append('\n');
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        Pattern listening = Pattern.compile("TicketOps listening on http://0\\.0\\.0\\.0:(\\d+) — database: embedded MariaDB");
        int port = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (port < 0 && System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!p.isAlive() && lines.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher m = listening.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
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
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                // reported by the assertion below
            }
        }
        assertThat(exited).as("exited within 10 s after SIGTERM:\n" + seen).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(seen.toString()).contains("TicketOps stopping", "Embedded MariaDB stopped", "TicketOps stopped");
        assertThat(children.stream().filter(ProcessHandle::isAlive)).as("mariadbd stopped too").isEmpty();
    }
}
