package vn.nennep.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/** Plain JDBC chores on a PostgreSQL server, done before Quarkus (and its datasource) exists. */
final class PostgresAdmin {

    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private PostgresAdmin() {
    }

    static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** Whether something accepts TCP connections on host:port. */
    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls every 200 ms until host:port answers or the timeout passes. */
    static boolean awaitAnswer(String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answers(host, port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    static Connection connect(String host, int port, String database, String user, String password)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        // The driver class directly: DriverManager's service lookup is not needed and may not see the driver yet.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(host, port, database), properties);
        if (connection == null) {
            throw new SQLException("The PostgreSQL driver refused " + jdbcUrl(host, port, database));
        }
        return connection;
    }

    /** Creates the database unless it exists; true if it was created now. */
    static boolean createDatabaseIfMissing(String host, int port, String user, String password, String name)
            throws SQLException {
        try (Connection connection = connect(host, port, "postgres", user, password)) {
            if (exists(connection, name)) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + quote(name));
                return true;
            } catch (SQLException e) {
                // Someone else created it between our check and our CREATE.
                if (DUPLICATE_DATABASE.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
    }

    /** Drops the database if it exists, disconnecting its sessions (PostgreSQL 13 or later). */
    static void dropDatabaseIfExists(String host, int port, String user, String password, String name)
            throws SQLException {
        try (Connection connection = connect(host, port, "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        }
    }

    static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
