package vn.thidua.webapp.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import lombok.Getter;
import org.flywaydb.core.Flyway;
import vn.thidua.webapp.persistence.DataSourceConfiguration;

/**
 * Brings the database up to date when the application is deployed: Flyway migrations from every module
 * (classpath:db/migration), then the first-start bootstrap. A database that does not answer at deployment
 * leaves the application deployed but not ready; the readiness check tries again until it succeeds.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject private FirstStart firstStart;
    @Inject private vn.thidua.webapp.backup.Backups backups;

    @Getter private volatile boolean ready;
    private volatile String failure = "not started";

    void onDeployment(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ensureReady();
    }

    /** Migrates and bootstraps unless done already; true when the database is ready for the application. */
    public synchronized boolean ensureReady() {
        if (ready) {
            return true;
        }
        String unavailable = vn.thidua.webapp.persistence.ThiduaDataSource.unavailable();
        if (unavailable != null) {
            // A stand-in answers instead of the damaged or locked file: never migrate it, say why instead.
            failure = "the embedded database cannot be opened: " + unavailable;
            return false;
        }
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // The one type the two databases spell differently: stored files (dossiers).
                    .placeholders(java.util.Map.of("binary", isPostgres() ? "bytea" : "blob", "text", isPostgres() ? "text" : "clob"))
                    .table("plt_schema_history")
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info(() -> "Database migrations applied: " + applied + ", schema version "
                    + flyway.info().current().getVersion());
            try (StartupLock lock = StartupLock.take(dataSource)) {
                firstStart.run();
            }
            ready = true;
            failure = null;
            backups.schedule();
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "The database is not ready: migrations or first-start bootstrap failed", e);
        }
        return ready;
    }

    private boolean isPostgres() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }

    /**
     * For the people who meet a database that cannot be opened (issue 15): the cause, the newest backup and how to
     * restore it, in Vietnamese, on every page and API answer while the database is not ready.
     */
    public String explanation() {
        String cause = failure != null ? failure : "không kết nối được cơ sở dữ liệu";
        String unavailable = vn.thidua.webapp.persistence.ThiduaDataSource.unavailable();
        if (unavailable != null) {
            cause = "không mở được tệp cơ sở dữ liệu nhúng (" + firstLine(unavailable) + ")";
        } else {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                connection.isValid(3);
            } catch (java.sql.SQLException | RuntimeException e) {
                cause = firstLine(e.getMessage());
            }
        }
        StringBuilder text = new StringBuilder("Nguyên nhân: ").append(firstLine(cause)).append('.');
        java.util.List<vn.thidua.webapp.backup.Backups.Copy> copies;
        try {
            copies = backups.copies();
        } catch (RuntimeException e) {
            copies = java.util.List.of();
        }
        if (!copies.isEmpty()) {
            text.append("\nBản sao lưu mới nhất: ").append(copies.get(0).name()).append(" trong thư mục ")
                    .append(backups.directory()).append(". Khôi phục: dừng hệ thống; trong thư mục dữ liệu ")
                    .append(backups.directory().getParent()).append(" đổi tên tệp thidua.mv.db hiện tại, chạy \"jar xf backups/")
                    .append(copies.get(0).name()).append("\", rồi khởi động lại.");
        } else {
            text.append("\nChưa có bản sao lưu nào trong ").append(backups.directory())
                    .append("; với PostgreSQL, khôi phục bản pg_dump theo config/README.md.");
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "không rõ";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Why the database is not ready, for the readiness check; null when it is. */
    public String failure() {
        return failure;
    }
}
