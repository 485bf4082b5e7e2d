package vn.thidua.webapp.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import lombok.Getter;

/**
 * A data source that picks the database's own driver from the JDBC URL, so that switching from the embedded
 * H2 to PostgreSQL takes the URL, the user and the password and nothing else ({@code THIDUA_DB_URL},
 * {@code THIDUA_DB_USER}, {@code THIDUA_DB_PASSWORD}). Payara's connection pool sets the properties and asks
 * this for physical connections.
 */
public class ThiduaDataSource implements DataSource {

    @Getter private String url;
    @Getter private String user;
    private String password;
    private volatile DataSource delegate;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        this.user = configured(user);
        this.delegate = null;
    }

    public void setPassword(String password) {
        this.password = configured(password);
        this.delegate = null;
    }

    /**
     * An empty setting reaches us as the unresolved expression itself (MicroProfile Config treats an empty
     * value as missing): that means "none", as for the embedded H2 database.
     */
    private static String configured(String value) {
        return value == null || value.isEmpty() || value.startsWith("${") ? null : value;
    }

    /**
     * The URL as the driver gets it. An embedded H2 file database writes each commit before it answers
     * ({@code WRITE_DELAY=0}): by default H2 keeps commits up to half a second in memory, and a {@code kill -9}
     * then loses writes the application had acknowledged (issue 15). A URL that sets WRITE_DELAY itself is left alone.
     */
    static String durable(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")
                || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    /** The class of the database's own data source for a JDBC URL. */
    static String driverDataSourceFor(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("No database URL: set THIDUA_DB_URL (or thidua.db.url)");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.ds.PGSimpleDataSource";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        throw new IllegalArgumentException("Unsupported database URL " + url.replaceAll("\\?.*", "")
                + ": thidua runs on H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:)");
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            current = create(durable(url), user, password);
            delegate = current;
        }
        return current;
    }

    /** The database's own data source for the URL, with the user and password when given. */
    private static DataSource create(String url, String user, String password) throws SQLException {
        try {
            Class<?> type = Class.forName(driverDataSourceFor(url), true, ThiduaDataSource.class.getClassLoader());
            DataSource created = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setUrl", String.class).invoke(created, url);
            if (user != null) {
                type.getMethod("setUser", String.class).invoke(created, user);
            }
            if (password != null) {
                type.getMethod("setPassword", String.class).invoke(created, password);
            }
            return created;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new SQLException("Cannot create the data source for " + url.replaceAll("[;?].*", ""), e);
        }
    }

    /** Why the embedded database could not be opened at start (null while it could, or was never tried). */
    private static volatile String unavailable;
    private static volatile boolean opened;
    private static final String SENTINEL = "jdbc:h2:mem:thidua_unavailable;MODE=LEGACY;DB_CLOSE_DELAY=-1";

    /**
     * The reason the embedded database file could not be opened when the application started, or null. The
     * application then runs on an empty in-memory stand-in that only lets the persistence unit deploy: it is never
     * migrated nor used, and every page and call answers 503 with this reason (issue 15: not a silent 404).
     */
    public static String unavailable() {
        return unavailable;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Connection connection = delegate().getConnection();
            opened = true;
            return connection;
        } catch (SQLException e) {
            return standIn(e);
        }
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        try {
            Connection connection = delegate().getConnection(username, pass);
            opened = true;
            return connection;
        } catch (SQLException e) {
            return standIn(e);
        }
    }

    /**
     * Only for an embedded file database that never opened in this process (a damaged or locked file): once it has
     * opened, a failure is the caller's as usual.
     */
    private Connection standIn(SQLException cause) throws SQLException {
        if (opened || url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            throw cause;
        }
        unavailable = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        try {
            return create(SENTINEL, null, null).getConnection();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            throw cause;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through java.util.logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
