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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:/srv/thidua/thidua;MODE=LEGACY | jdbc:h2:file:/srv/thidua/thidua;MODE=LEGACY;WRITE_DELAY=0",
        "jdbc:h2:/srv/thidua/thidua | jdbc:h2:/srv/thidua/thidua;WRITE_DELAY=0",
        "jdbc:h2:file:/srv/t;MODE=LEGACY;write_delay=100 | jdbc:h2:file:/srv/t;MODE=LEGACY;write_delay=100",
        "jdbc:h2:mem:test;MODE=LEGACY | jdbc:h2:mem:test;MODE=LEGACY",
        "jdbc:postgresql://db/thidua | jdbc:postgresql://db/thidua"})
    void anEmbeddedFileDatabaseWritesEachCommitBeforeItAnswers(String configured, String used) {
        assertThat(ThiduaDataSource.durable(configured)).isEqualTo(used);
    }
}
