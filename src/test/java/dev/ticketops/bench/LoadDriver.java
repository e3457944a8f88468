package dev.ticketops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * An asynchronous, keep-alive, closed-loop load driver: each sender sends a request, and the next as soon as the
 * answer arrives. Requests are all different (built from a counter). Records every latency; counts as an error any
 * answer that is not 200 or does not pass the check.
 */
final class LoadDriver {
    record Result(String name, int senders, double seconds, long ok, long errors, long[] latenciesNanos) {
        double throughput() {
            return ok / seconds;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, i)] / 1e6;
        }

        double maxMs() {
            return latenciesNanos.length == 0 ? 0 : latenciesNanos[latenciesNanos.length - 1] / 1e6;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();

    /** Runs {@code senders} closed loops for {@code warmup} + {@code measure}; only the measured part counts. */
    Result run(String name, int senders, Duration warmup, Duration measure, LongFunction<HttpRequest> request,
               Predicate<HttpResponse<String>> check) throws InterruptedException {
        AtomicLong seq = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] lat = new long[senders][];
        int[] counts = new int[senders];
        for (int i = 0; i < senders; i++) {
            lat[i] = new long[1 << 16];
        }
        CountDownLatch done = new CountDownLatch(senders);
        for (int s = 0; s < senders; s++) {
            int sender = s;
            sendNext(sender, seq, measuring, stop, ok, errors, lat, counts, done, request, check);
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(measure.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int s = 0; s < senders; s++) {
            System.arraycopy(lat[s], 0, all, k, counts[s]);
            k += counts[s];
        }
        Arrays.sort(all);
        return new Result(name, senders, seconds, ok.get(), errors.get(), all);
    }

    private void sendNext(int sender, AtomicLong seq, AtomicBoolean measuring, AtomicBoolean stop, AtomicLong ok,
                          AtomicLong errors, long[][] lat, int[] counts, CountDownLatch done, LongFunction<HttpRequest> request,
                          Predicate<HttpResponse<String>> check) {
        if (stop.get()) {
            done.countDown();
            return;
        }
        HttpRequest r = request.apply(seq.incrementAndGet());
        long start = System.nanoTime();
        client.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            long took = System.nanoTime() - start;
            if (measuring.get()) {
                boolean good = err == null && resp.statusCode() == 200 && check.test(resp);
                if (good) {
                    ok.incrementAndGet();
                    synchronized (lat[sender]) {
                        if (counts[sender] == lat[sender].length) {
                            lat[sender] = Arrays.copyOf(lat[sender], lat[sender].length * 2);
                        }
                        lat[sender][counts[sender]++] = took;
                    }
                } else {
                    errors.incrementAndGet();
                    if (errors.get() < 5) {
                        System.err.println("bench error: " + (err != null ? err : resp.statusCode() + " " + resp.body()));
                    }
                }
            }
            sendNext(sender, seq, measuring, stop, ok, errors, lat, counts, done, request, check);
        });
    }

    static HttpRequest post(URI uri, String body, String... headers) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
