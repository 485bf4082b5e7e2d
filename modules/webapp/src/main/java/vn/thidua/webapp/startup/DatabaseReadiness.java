package vn.thidua.webapp.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.thidua.webapp.persistence.DataSourceConfiguration;

/** Ready when the database answers and the migrations and first-start bootstrap have run ({@code /health}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject private DatabaseStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response.down().withData("reason", "the database does not answer").build();
            }
            response.withData("database", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
            return response.down().withData("reason", "no connection to the database: "
                    + (message.length() > 300 ? message.substring(0, 300) : message)).build();
        }
        if (!startup.ensureReady()) {
            return response.down().withData("reason", "migrations have not run: " + startup.failure()).build();
        }
        return response.up().build();
    }
}
