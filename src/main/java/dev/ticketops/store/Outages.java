package dev.ticketops.store;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that cannot be reached (refused, silent, connection lost) from a failing statement. */
final class Outages {
    private Outages() {
    }

    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SocketTimeoutException
                    || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A database that answers but will not let us in: wrong credentials (1045), no rights on the database (1044), or a
     * database that does not exist (1049). Retrying does not help; the configuration has to change.
     */
    static java.util.Optional<SQLException> refusal(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the deepest one: the pool's own timeout repeats the server's SQL state but not its words
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1045 || sql.getErrorCode() == 1044
                    || sql.getErrorCode() == 1049)) {
                found = sql;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The first message of the cause chain that says something, for one-line logs. */
    static String reason(Throwable e) {
        String last = e.toString();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                last = t.getMessage();
            }
        }
        return last.lines().findFirst().orElse(last);
    }
}
