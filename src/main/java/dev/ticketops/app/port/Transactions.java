package dev.ticketops.app.port;

import java.util.function.Supplier;

/**
 * Runs work as one database transaction. A call made while a transaction is already open on this thread joins it, so
 * an adapter can wrap a use case (and its idempotency record) in one unit. The outermost call commits, or rolls back
 * when the work throws; it may run the work again after a deadlock, so the work must not have other side effects.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, for a caller that must answer soon (a chat request): waits for the database at most
     * about {@code patience} in all, then gives up with {@link StoreUnavailable} instead of hanging.
     */
    default <T> T inTransaction(java.time.Duration patience, Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs {@code action} once after the transaction open on this thread commits (not if it rolls back); registering
     * the same action twice in one transaction runs it once.
     */
    void afterCommit(Runnable action);
}
