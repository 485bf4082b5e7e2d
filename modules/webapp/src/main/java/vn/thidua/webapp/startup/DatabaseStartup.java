package vn.thidua.webapp.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
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

    @Inject
    private FirstStart firstStart;

    private volatile boolean ready;
    private volatile String failure = "not started";

    void onDeployment(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ensureReady();
    }

    /** Migrates and bootstraps unless done already; true when the database is ready for the application. */
    public synchronized boolean ensureReady() {
        if (ready) {
            return true;
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
            firstStart.run();
            ready = true;
            failure = null;
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

    public boolean isReady() {
        return ready;
    }

    /** Why the database is not ready, for the readiness check; null when it is. */
    public String failure() {
        return failure;
    }
}
