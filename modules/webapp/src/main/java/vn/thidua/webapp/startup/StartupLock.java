package vn.thidua.webapp.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One node at a time runs the first-start bootstrap. Nodes of a cluster deployed together on a new PostgreSQL
 * database each found no province and each inserted it; the second insert broke the unique code and its node
 * stayed not ready until the readiness check tried again. On PostgreSQL a session advisory lock, held on a
 * connection of its own, makes the second node wait and then find what the first created; the embedded database
 * serves one process, whose deployment runs once.
 */
final class StartupLock implements AutoCloseable {

    /** Any number that no other code of the installation locks: "thidua" in ASCII. */
    private static final long KEY = 0x746869647561L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock take(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                connection.close();
                return new StartupLock(null);
            }
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
            }
            return new StartupLock(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("The start-up lock could not be taken: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // Closing the session below releases the lock all the same.
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
