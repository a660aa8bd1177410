package vn.nennep.common;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure caused by the database not answering (stopped, restarting, unreachable, every pooled connection
 * busy for too long) from any other: the request was fine and is worth sending again shortly, so it is a 503 with
 * Retry-After, not a 500. The cause may sit deep under Hibernate's, the transaction manager's or the security
 * layer's own exceptions, so the whole chain is looked at.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLState class 08: connection exceptions (refused, broken, lost while in use). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now (the server is starting up or shutting down). */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    /** What Agroal throws when no connection could be had within quarkus.datasource.jdbc.acquisition-timeout. */
    private static final String ACQUISITION_TIMEOUT = "Sorry, acquisition timeout!";

    private DatabaseUnavailable() {
    }

    /** Whether this failure, or any of its causes, says the database cannot be reached right now. */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SHUTDOWN_STATES.contains(state))) {
            return true;
        }
        return ACQUISITION_TIMEOUT.equals(sql.getMessage());
    }
}
