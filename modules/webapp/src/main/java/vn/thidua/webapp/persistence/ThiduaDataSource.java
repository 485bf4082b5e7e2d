package vn.thidua.webapp.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks the database's own driver from the JDBC URL, so that switching from the embedded
 * H2 to PostgreSQL takes the URL, the user and the password and nothing else ({@code THIDUA_DB_URL},
 * {@code THIDUA_DB_USER}, {@code THIDUA_DB_PASSWORD}). Payara's connection pool sets the properties and asks
 * this for physical connections.
 */
public class ThiduaDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public String getUrl() {
        return url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        this.user = configured(user);
        this.delegate = null;
    }

    public String getUser() {
        return user;
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
                current = created;
                delegate = current;
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new SQLException("Cannot create the data source for " + url, e);
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
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
