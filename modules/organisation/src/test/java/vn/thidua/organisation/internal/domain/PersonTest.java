package vn.thidua.organisation.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.UnitKind;
import vn.thidua.platform.InvalidInputException;

/** The membership and merge rules of a person, on the entities themselves (no database). */
class PersonTest {

    private static final Unit SO_Y_TE = new Unit("SYT", "Sở Y tế", UnitKind.DEPARTMENT, null);
    private static final Unit SO_GD = new Unit("SGD", "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, null);
    private static final Unit XA_A = new Unit("XA_A", "Xã A", UnitKind.COMMUNE, null);

    private static Person person(String code) {
        Person person = new Person(code);
        person.update("Nguyễn Văn " + code, Gender.MALE, LocalDate.of(1980, 1, 1), PositionCategory.DIRECT_WORKER,
                null, null);
        return person;
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static String timeline(Person person) {
        return String.join(" | ", person.getMemberships().stream()
                .map(m -> m.getUnit().getCode() + " " + m.getValidFrom() + ".." + (m.getValidTo() == null ? "" : m.getValidTo()))
                .toList());
    }

    static Stream<Arguments> transfers() {
        return Stream.of(
                Arguments.of("first membership", List.of(), XA_A, "2020-01-01",
                        "XA_A 2020-01-01.."),
                Arguments.of("a move ends the current membership the day before", List.of(SO_Y_TE, "2015-03-01"),
                        SO_GD, "2024-09-01", "SYT 2015-03-01..2024-08-31 | SGD 2024-09-01.."),
                Arguments.of("a move the day after the start", List.of(SO_Y_TE, "2015-03-01"),
                        SO_GD, "2015-03-02", "SYT 2015-03-01..2015-03-01 | SGD 2015-03-02.."),
                Arguments.of("staying in the same unit changes nothing", List.of(SO_Y_TE, "2015-03-01"),
                        SO_Y_TE, "2024-01-01", "SYT 2015-03-01.."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transfers")
    void transfersKeepTheHistory(String name, List<Object> before, Unit to, String since, String expected) {
        Person person = person("A");
        for (int i = 0; i < before.size(); i += 2) {
            person.transferTo((Unit) before.get(i), d((String) before.get(i + 1)));
        }

        person.transferTo(to, d(since));

        assertThat(timeline(person)).isEqualTo(expected);
    }

    @Test
    void refusesAMoveThatStartsBeforeOrOnTheCurrentStart() {
        Person person = person("A");
        person.transferTo(SO_Y_TE, d("2015-03-01"));

        for (String since : List.of("2015-03-01", "2010-01-01")) {
            assertThatThrownBy(() -> person.transferTo(SO_GD, d(since)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field())
                            .isEqualTo("unitSince"));
        }
        assertThat(timeline(person)).isEqualTo("SYT 2015-03-01..");
    }

    @Test
    void refusesARestartInsideAnEndedPeriod() {
        Person person = person("A");
        person.transferTo(SO_Y_TE, d("2015-03-01"));
        person.leave(d("2020-12-31"));

        assertThatThrownBy(() -> person.transferTo(SO_GD, d("2020-06-01"))).isInstanceOf(InvalidInputException.class);
        person.transferTo(SO_GD, d("2021-01-01"));
        assertThat(timeline(person)).isEqualTo("SYT 2015-03-01..2020-12-31 | SGD 2021-01-01..");
    }

    @Test
    void mergingTakesOverTheDuplicatesHistoryAndKeepsTheLaterMembershipCurrent() {
        Person survivor = person("S");
        survivor.transferTo(SO_GD, d("2022-01-01"));
        Person duplicate = person("D");
        duplicate.transferTo(SO_Y_TE, d("2010-05-01"));
        duplicate.update("Nguyễn Văn D", Gender.MALE, null, PositionCategory.DIRECT_WORKER, null, "001234567890");

        survivor.absorb(duplicate);

        assertThat(timeline(survivor)).isEqualTo("SYT 2010-05-01..2021-12-31 | SGD 2022-01-01..");
        assertThat(duplicate.getMemberships()).isEmpty();
        assertThat(duplicate.getMergedInto()).isSameAs(survivor);
        assertThat(survivor.getCitizenId()).isEqualTo("001234567890");
        assertThat(duplicate.getCitizenId()).isNull();
    }

    @Test
    void mergingKeepsTheSurvivorsCitizenIdWhenBothHaveOne() {
        Person survivor = person("S");
        survivor.update("S", Gender.MALE, null, PositionCategory.DIRECT_WORKER, null, "111111111111");
        Person duplicate = person("D");
        duplicate.update("D", Gender.MALE, null, PositionCategory.DIRECT_WORKER, null, "222222222222");

        survivor.absorb(duplicate);

        assertThat(survivor.getCitizenId()).isEqualTo("111111111111");
    }

    @Test
    void refusesToMergeARecordIntoItselfOrTwice() {
        Person survivor = person("S");
        Person duplicate = person("D");
        assertThatThrownBy(() -> survivor.absorb(survivor)).isInstanceOf(InvalidInputException.class);
        survivor.absorb(duplicate);
        assertThatThrownBy(() -> survivor.absorb(duplicate)).isInstanceOf(InvalidInputException.class);
    }
}
