package dev.ticketops.app;

import dev.ticketops.app.port.ProcessedRequests;
import dev.ticketops.app.port.StoreUnavailable;
import dev.ticketops.app.port.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The boundary around a use case called for a delivery: one transaction, and — with a request key — once per key. The
 * answer is kept with the key as text the caller writes and reads back ({@link Memo}), so a repeat, even a concurrent
 * one, gets the first answer and its own work is rolled back.
 */
public final class OncePerRequest {
    /** How the caller keeps its answer: written with the key, read back for a repeat. */
    public interface Memo<T> {
        String write(T answer);

        T read(String stored);

        /** The answer for a repeat whose first answer cannot be read back. */
        T lost();
    }

    /** The answer, and whether this delivery acted ({@code first}) or repeated an earlier one. */
    public record Once<T>(T answer, boolean first) {
    }

    private final Transactions transactions;
    private final ProcessedRequests requests;
    private final Clock clock;

    public OncePerRequest(Transactions transactions, ProcessedRequests requests, Clock clock) {
        this.transactions = transactions;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * Runs {@code work} in one transaction; with a request key, once per key, the key recorded with the answer at the
     * end of the same transaction (one statement): a repeat — even a concurrent one, which waits on the key — finds it
     * taken, rolls its own work back, and gets the first answer. {@code patience} (null: the pool's own timeouts)
     * bounds the wait for the database of a keyed request; then {@link StoreUnavailable} says nothing was changed.
     */
    public <T> Once<T> run(String requestKey, Duration patience, Supplier<T> work, Memo<T> memo) {
        if (requestKey == null || requestKey.isBlank()) {
            return new Once<>(transactions.inTransaction(work), true);
        }
        String hash = sha256(requestKey);
        try {
            return tx(patience, () -> {
                T answer = work.get();
                if (!requests.record(hash, memo.write(answer), clock.instant())) {
                    throw new AlreadyHandled();
                }
                return new Once<>(answer, true);
            });
        } catch (AlreadyHandled repeat) {
            Optional<String> earlier = tx(patience, () -> requests.response(hash));
            return new Once<>(earlier.map(memo::read).orElseGet(memo::lost), false);
        } catch (StoreUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            // A repeat that raced the first delivery may fail where the first succeeded (a unique name it just
            // created, say): if the first has been recorded by now, this delivery gets its answer, not an error.
            Optional<String> earlier = tx(patience, () -> requests.response(hash));
            if (earlier.isPresent()) {
                return new Once<>(memo.read(earlier.get()), false);
            }
            throw e;
        }
    }

    private <T> T tx(Duration patience, Supplier<T> work) {
        return patience == null ? transactions.inTransaction(work) : transactions.inTransaction(patience, work);
    }

    /** Rolls back a repeated delivery's work. */
    private static final class AlreadyHandled extends RuntimeException {
        AlreadyHandled() {
            super("already handled", null, false, false);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
