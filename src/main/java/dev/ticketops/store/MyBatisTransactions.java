package dev.ticketops.store;

import dev.ticketops.app.port.StoreUnavailable;
import dev.ticketops.app.port.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * One MyBatis session per transaction, bound to the calling thread so every repository in the unit of work shares
 * it. The outermost call commits; a deadlock or lock-wait timeout reruns the whole unit a few times. A database that
 * cannot be reached, or is not migrated yet, fails the unit with {@link StoreUnavailable}.
 */
public final class MyBatisTransactions implements Transactions {
    private static final int ATTEMPTS = 5;
    private static final Executor DIRECT = Runnable::run;

    private final SqlSessionFactory factory;
    private final BooleanSupplier ready;
    private final ThreadLocal<SqlSession> current = new ThreadLocal<>();
    private final ThreadLocal<java.util.Set<Runnable>> afterCommit = ThreadLocal.withInitial(java.util.LinkedHashSet::new);

    public MyBatisTransactions(SqlSessionFactory factory) {
        this(factory, () -> true);
    }

    /** {@code ready} is false until the schema is migrated: until then every unit fails with StoreUnavailable. */
    public MyBatisTransactions(SqlSessionFactory factory, BooleanSupplier ready) {
        this.factory = factory;
        this.ready = ready;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(0, work);
    }

    @Override
    public <T> T inTransaction(Duration patience, Supplier<T> work) {
        return run(System.nanoTime() + patience.toNanos(), work);
    }

    /** {@code deadline} in System.nanoTime() terms, or 0 for the pool's own timeouts. */
    private <T> T run(long deadline, Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (!ready.getAsBoolean()) {
            throw new StoreUnavailable("the database is not reachable yet (TicketOps is still connecting)", null, false);
        }
        for (int attempt = 1; ; attempt++) {
            List<Runnable> committed = null;
            try (SqlSession session = factory.openSession(ExecutorType.REUSE, false)) {
                current.set(session);
                boolean committing = false;
                try {
                    if (deadline != 0) {
                        bound(session, deadline);
                    }
                    T result = work.get();
                    committing = true;
                    session.commit(true);
                    committed = List.copyOf(afterCommit.get());
                    return result;
                } catch (RuntimeException e) {
                    rollbackQuietly(session, e);
                    if (!(e instanceof StoreUnavailable) && Outages.isConnectionFailure(e)) {
                        throw new StoreUnavailable("the database did not answer: " + Outages.reason(e), e, committing);
                    }
                    if (attempt < ATTEMPTS && isTransient(e) && (deadline == 0 || System.nanoTime() < deadline)) {
                        pause(attempt);
                        continue;
                    }
                    throw e;
                } finally {
                    // whatever happened (an Error too), this thread leaves with no session and no pending hooks
                    current.remove();
                    afterCommit.get().clear();
                }
            } finally {
                if (committed != null) {
                    runAfterCommit(committed);
                }
            }
        }
    }

    /**
     * Takes the connection now (the pool waits at most its connection timeout) and lets every read on it wait only
     * until {@code deadline}: a database that stops answering mid-request fails the unit instead of holding the thread.
     * The pool restores the connection's own timeout when it is returned.
     */
    private static void bound(SqlSession session, long deadline) {
        Connection c = session.getConnection();
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new StoreUnavailable("the database took too long to hand out a connection", null, false);
        }
        try {
            c.setNetworkTimeout(DIRECT, (int) Math.max(100, left));
        } catch (SQLException e) {
            throw new StoreUnavailable("the database connection cannot be bounded: " + e.getMessage(), e, false);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        session();
        afterCommit.get().add(action);
    }

    /** Runs after the session is closed and unbound, so a hook that opens a transaction gets a new one. */
    private static void runAfterCommit(List<Runnable> actions) {
        for (Runnable a : actions) {
            try {
                a.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(MyBatisTransactions.class).warn("after-commit action failed", e);
            }
        }
    }

    /** The session of the transaction open on this thread. */
    SqlSession session() {
        SqlSession s = current.get();
        if (s == null) {
            throw new IllegalStateException("no transaction is open: wrap the call in Transactions.inTransaction");
        }
        return s;
    }

    <M> M mapper(Class<M> type) {
        return session().getMapper(type);
    }

    private static void rollbackQuietly(SqlSession session, RuntimeException cause) {
        try {
            session.rollback(true);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Deadlock (1213), lock wait timeout (1205) or a serialization failure: worth running again. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205 || "40001".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the failure is a duplicate key (MariaDB error 1062). */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", ie);
        }
    }
}
