package dev.ticketops.support.fakes;

import dev.ticketops.app.port.Transactions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory {@link Tables}, with what the MariaDB store makes visible: the work runs once; a
 * nested call joins the open transaction; when the outermost work throws, every change it made is undone; after it
 * returns, the after-commit actions run once each. Transactions run one at a time (one lock for the whole database),
 * so the row locks of the stores ({@code lock}, {@code lockByNumber}, ...) need nothing more and are plain reads.
 * A store used outside a transaction fails as the MyBatis stores do.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<Set<Runnable>> afterCommit = new ThreadLocal<>();
    private Tables tables = new Tables();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (afterCommit.get() != null) {
            return work.get();
        }
        List<Runnable> committed;
        T result;
        lock.lock();
        try {
            Tables before = tables.copy();
            afterCommit.set(new LinkedHashSet<>());
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                tables = before;
                throw e;
            }
            committed = List.copyOf(afterCommit.get());
        } finally {
            afterCommit.remove();
            lock.unlock();
        }
        committed.forEach(InMemoryTransactions::runQuietly);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        open().add(action);
    }

    /** The tables, for a store called inside a transaction. */
    Tables tables() {
        open();
        return tables;
    }

    private Set<Runnable> open() {
        Set<Runnable> actions = afterCommit.get();
        if (actions == null) {
            throw new IllegalStateException("no transaction is open: wrap the call in Transactions.inTransaction");
        }
        return actions;
    }

    /** As the MyBatis store: a failing after-commit action does not undo the commit or stop the others. */
    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // the change is committed; the action's own failure is its business (the store logs it)
        }
    }
}
