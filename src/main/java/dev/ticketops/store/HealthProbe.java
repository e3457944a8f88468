package dev.ticketops.store;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Answers "is the database up?" within a fixed time whatever the database does: the check runs on its own thread,
 * callers that arrive while one is running share it, and a check that has not answered in time counts as down.
 */
final class HealthProbe implements AutoCloseable {
    private final BooleanSupplier check;
    private final Duration patience;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "db-health");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Boolean> running;

    HealthProbe(BooleanSupplier check, Duration patience) {
        this.check = check;
        this.patience = patience;
    }

    boolean check() {
        try {
            CompletableFuture<Boolean> f;
            synchronized (this) {
                if (running == null || running.isDone()) {
                    running = CompletableFuture.supplyAsync(check::getAsBoolean, thread);
                }
                f = running;
            }
            return f.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
