package dev.ticketops.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A local stand-in for a platform's HTTP API (Slack Web API, response_url, Discord REST): records every call and
 * answers with a programmable response, including failures queued per path.
 */
public final class FakeHttp implements AutoCloseable {
    public record Call(String method, String path, Map<String, String> headers, String body, Map<String, String> form,
                       int status, Instant at) {
        public String param(String name) {
            return form.get(name);
        }
    }

    public record Answer(int status, String body, Map<String, String> headers) {
        public static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"));
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> failures = new ConcurrentHashMap<>();
    private volatile Function<Call, Answer> responder = c -> Answer.json(200, "{\"ok\":true}");

    public FakeHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void respondWith(Function<Call, Answer> f) {
        this.responder = f;
    }

    /** The next {@code times} calls to {@code path} get {@code answer} (before the normal responder). */
    public void fail(String path, int times, Answer answer) {
        Deque<Answer> q = failures.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (q) {
            for (int i = 0; i < times; i++) {
                q.add(answer);
            }
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** Successful calls (2xx) to {@code path} that match. */
    public List<Call> delivered(String path, Predicate<Call> match) {
        return calls.stream().filter(c -> c.path().equals(path) && c.status() < 300 && match.test(c)).toList();
    }

    /** Waits until {@code path} has had at least {@code n} successful calls matching; returns them. */
    public List<Call> await(String path, int n, Predicate<Call> match, Duration max) {
        return awaitCalls(path, n, c -> c.status() < 300 && match.test(c), max);
    }

    /**
     * Waits until paths matching {@code path} have had at least {@code n} successful calls matching (a ticket's messages
     * go into its thread, whose id the fake made up); returns them.
     */
    public List<Call> awaitAny(Predicate<String> path, int n, Predicate<Call> match, Duration max) {
        Instant deadline = Instant.now().plus(max);
        List<Call> got = List.of();
        while (Instant.now().isBefore(deadline)) {
            got = calls.stream().filter(c -> path.test(c.path()) && c.status() < 300 && match.test(c)).toList();
            if (got.size() >= n) {
                return got;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return got;
    }

    /** Waits until {@code path} has had at least {@code n} calls matching, whatever they were answered; returns them. */
    public List<Call> awaitCalls(String path, int n, Predicate<Call> match, Duration max) {
        Instant deadline = Instant.now().plus(max);
        while (Instant.now().isBefore(deadline)) {
            List<Call> got = calls(path).stream().filter(match).toList();
            if (got.size() >= n) {
                return got;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return calls(path).stream().filter(match).toList();
    }

    /** Failures queued with {@link #fail} for {@code path} and not yet answered. */
    public int queuedFailures(String path) {
        Deque<Answer> q = failures.get(path);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            return q.size();
        }
    }

    /** Drops queued failures, so one test's injected failures never reach the next test. */
    public void clearFailures() {
        failures.clear();
    }

    public void reset() {
        calls.clear();
        failures.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        Map<String, String> form = new LinkedHashMap<>();
        String ct = headers.getOrDefault("content-type", "");
        if (ct.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String path = ex.getRequestURI().getPath();
        Call draft = new Call(ex.getRequestMethod(), path, headers, body, form, 0, Instant.now());
        Answer answer = null;
        Deque<Answer> q = failures.get(path);
        if (q != null) {
            synchronized (q) {
                answer = q.poll();
            }
        }
        if (answer == null) {
            answer = responder.apply(draft);
        }
        calls.add(new Call(draft.method(), path, headers, body, form, answer.status(), draft.at()));
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static List<String> lines(List<Call> calls, Function<Call, String> f) {
        List<String> out = new ArrayList<>();
        calls.forEach(c -> out.add(f.apply(c)));
        return out;
    }
}
