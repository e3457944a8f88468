package dev.ticketops.app.port;

/**
 * The database could not be reached (refused, not answering in time, or not ready yet): the transaction did not
 * happen. When the connection was lost while committing, nobody can tell whether it did: {@link #mayHaveCommitted()}.
 */
public final class StoreUnavailable extends RuntimeException {
    private final boolean mayHaveCommitted;

    public StoreUnavailable(String message, Throwable cause, boolean mayHaveCommitted) {
        super(message, cause);
        this.mayHaveCommitted = mayHaveCommitted;
    }

    public boolean mayHaveCommitted() {
        return mayHaveCommitted;
    }
}
