package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures mean "the database does not answer" (503, try again) rather than a fault (500). */
class DatabaseUnavailableTest {

    @Test
    void theDatabaseNotAnsweringIsRecognisedUnderItsWrappers() {
        // PostgreSQL down: the driver's "connection refused" under Hibernate's wrapper.
        assertTrue(DatabaseUnavailable.isCause(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")))));
        // A pooled connection that the restart terminated (57P01), as Hibernate reports it.
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(new GenericJDBCException("JDBC exception",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))));
        // Lost mid-statement (08006), the server starting up (57P03), no pooled connection in time (Agroal).
        assertTrue(DatabaseUnavailable.isCause(new SQLException("An I/O error occurred", "08006")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.isCause(new CompletionException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.isCause(new GenericJDBCException("bad SQL",
                new SQLException("syntax error at or near \"FORM\"", "42601"))));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
    }

    @Test
    void answersAre503WithRetryAfterAndNever401WhenAKeyCouldNotBeChecked() {
        ProblemMappers mappers = new ProblemMappers();
        Throwable down = new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection refused", "08001"));
        for (Response response : new Response[] {mappers.unexpected(down, null, null),
            mappers.unauthorized(new AuthenticationFailedException(down), null, null)}) {
            assertEquals(503, response.getStatus());
            assertEquals(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS),
                    response.getHeaderString("Retry-After"));
            Problem problem = (Problem) response.getEntity();
            assertEquals("urn:nennep:problem:service-unavailable", problem.type());
            assertEquals("Tạm thời không phục vụ được", problem.title());
        }
        assertEquals(500, mappers.unexpected(new IllegalStateException("a bug"), null, null).getStatus());
        assertEquals(401, mappers.unauthorized(new AuthenticationFailedException("bad key"), null, null).getStatus());
    }
}
