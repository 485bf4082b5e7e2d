package vn.thidua.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ThiduaDataSourceTest {

    @ParameterizedTest
    @CsvSource({
        "jdbc:h2:file:./data/thidua;MODE=LEGACY, org.h2.jdbcx.JdbcDataSource",
        "jdbc:h2:mem:test, org.h2.jdbcx.JdbcDataSource",
        "jdbc:postgresql://127.0.0.1:5432/test, org.postgresql.ds.PGSimpleDataSource",
        "jdbc:postgresql://db.tinh.vn/thidua?ssl=true, org.postgresql.ds.PGSimpleDataSource",
    })
    void picksTheDatabasesOwnDataSourceFromTheUrl(String url, String expected) {
        assertThat(ThiduaDataSource.driverDataSourceFor(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"jdbc:mysql://localhost/x", "postgresql://localhost/x"})
    void refusesOtherDatabasesWithAClearMessage(String url) {
        assertThatThrownBy(() -> ThiduaDataSource.driverDataSourceFor(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(No database URL|Unsupported database URL).*");
    }

    @org.junit.jupiter.api.Test
    void doesNotRepeatTheUrlsParametersWhichMayHoldAPassword() {
        assertThatThrownBy(() -> ThiduaDataSource.driverDataSourceFor("jdbc:oracle:thin:@x?password=secret"))
                .hasMessageNotContaining("secret");
    }
}
