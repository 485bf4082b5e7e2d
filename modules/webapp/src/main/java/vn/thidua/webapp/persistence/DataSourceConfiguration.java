package vn.thidua.webapp.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the application. Every attribute comes from MicroProfile Config, with the defaults
 * in META-INF/microprofile-config.properties (the embedded H2 file database under {@code THIDUA_DATA_DIR});
 * environment variables override them ({@code THIDUA_DB_URL} for {@code thidua.db.url}).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "vn.thidua.webapp.persistence.ThiduaDataSource",
        url = "${MPCONFIG=thidua.db.url}",
        user = "${MPCONFIG=thidua.db.user}",
        password = "${MPCONFIG=thidua.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30)
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/thidua";
}
