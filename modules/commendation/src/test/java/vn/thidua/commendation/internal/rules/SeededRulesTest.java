package vn.thidua.commendation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EngineTest} writes its conditions by hand; this holds them to what the migrations seed, so that a seeded
 * rule changed (a parameter, a kind, a rule added or dropped) without the engine's cases following fails here. The
 * migrations of every module on the classpath run on an in-memory H2; a "@SETTING" parameter is read from the
 * province's settings in force on the reference date, as the application reads it.
 */
class SeededRulesTest {

    private static Connection db;

    @BeforeAll
    static void migrate() throws SQLException {
        String url = "jdbc:h2:mem:seeded_rules;MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .placeholders(Map.of("binary", "blob", "text", "clob")).table("plt_schema_history").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static Stream<Arguments> engineCases() {
        return Stream.of(
                Arguments.of("ND98_2023", "LDTT", EngineTest.LDTT),
                Arguments.of("ND98_2023", "CSTDCS", EngineTest.CSTDCS),
                Arguments.of("ND98_2023.2", "CSTDCS", EngineTest.CSTDCS_2022),
                Arguments.of("ND98_2023.3", "CSTDCS", EngineTest.CSTDCS_3),
                Arguments.of("ND152_2025.3", "CSTDCS", EngineTest.CSTDCS_3),
                Arguments.of("ND98_2023", "CSTD_TINH", EngineTest.CSTD_TINH),
                Arguments.of("ND98_2023", "CSTD_TQ", EngineTest.CSTD_TQ),
                Arguments.of("ND98_2023", "TTLDTT", EngineTest.TTLDTT),
                Arguments.of("ND98_2023.3", "TTLDTT", EngineTest.TTLDTT_3),
                Arguments.of("ND98_2023", "TTLDXS", EngineTest.TTLDXS),
                Arguments.of("ND98_2023", "BANG_KHEN_TINH", EngineTest.BANG_KHEN),
                Arguments.of("ND98_2023.3", "BANG_KHEN_TINH", EngineTest.BANG_KHEN_3));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("engineCases")
    void theEnginesCasesUseTheSeededConditions(String ruleSet, String award, List<Condition> written) throws SQLException {
        assertThat(shape(seeded(ruleSet, award))).isEqualTo(shape(written));
    }

    private static List<Condition> seeded(String ruleSet, String award) throws SQLException {
        LocalDate reference = LocalDate.of(2024, 12, 31);
        List<Condition> conditions = new ArrayList<>();
        try (PreparedStatement rules = db.prepareStatement("select r.rule_key, r.kind, r.parameters, r.alternative_group"
                + " from cmd_rule r join cmd_rule_set s on s.id = r.rule_set_id where s.code = ? and r.award_code = ?"
                + " order by r.rule_order")) {
            rules.setString(1, ruleSet);
            rules.setString(2, award);
            try (ResultSet row = rules.executeQuery()) {
                while (row.next()) {
                    Map<String, String> parameters = new LinkedHashMap<>(Condition.parameters(row.getString(3)));
                    for (Map.Entry<String, String> p : parameters.entrySet()) {
                        if (p.getValue().startsWith("@")) {
                            p.setValue(setting(p.getValue().substring(1), reference));
                        }
                    }
                    conditions.add(new Condition(row.getString(1), ConditionKind.valueOf(row.getString(2)), parameters,
                            row.getString(4), "seeded"));
                }
            }
        }
        assertThat(conditions).as("%s has rules for %s", ruleSet, award).isNotEmpty();
        return conditions;
    }

    private static String setting(String code, LocalDate on) throws SQLException {
        try (PreparedStatement setting = db.prepareStatement("select setting_value from cmd_council_setting where code = ?"
                + " and effective_from <= ? order by effective_from desc")) {
            setting.setString(1, code);
            setting.setObject(2, on);
            try (ResultSet row = setting.executeQuery()) {
                assertThat(row.next()).as("setting %s in force on %s", code, on).isTrue();
                return row.getString(1);
            }
        }
    }

    /** What the engine reads of a condition: its key, kind, parameters and group (the basis is prose). */
    private static List<String> shape(List<Condition> conditions) {
        return conditions.stream().map(c -> c.key() + " " + c.kind() + " " + new java.util.TreeMap<>(c.parameters())
                + (c.group() == null ? "" : " |" + c.group())).toList();
    }
}
