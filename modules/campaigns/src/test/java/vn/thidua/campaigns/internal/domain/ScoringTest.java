package vn.thidua.campaigns.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.campaigns.CriterionKind;

/**
 * The covenant's arithmetic and ranking, one case per edge: weights, bonus, penalty, ties on the total broken by
 * penalties, by the criteria in order, or shared.
 */
class ScoringTest {

    /** Two criteria (max 40 weight 1, max 30 weight 2), a bonus (max 5) and a penalty (max 10). */
    private static final List<Scoring.Item> SHEET = List.of(
            new Scoring.Item(1, 1, CriterionKind.CRITERION, new BigDecimal("40"), BigDecimal.ONE),
            new Scoring.Item(2, 2, CriterionKind.CRITERION, new BigDecimal("30"), new BigDecimal("2")),
            new Scoring.Item(3, 3, CriterionKind.BONUS, new BigDecimal("5"), BigDecimal.ONE),
            new Scoring.Item(4, 4, CriterionKind.PENALTY, new BigDecimal("10"), BigDecimal.ONE));

    private static Map<Long, BigDecimal> points(String... values) {
        Map<Long, BigDecimal> points = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                points.put((long) i + 1, new BigDecimal(values[i]));
            }
        }
        return points;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing scored                   | '' | '' | '' | '' | 0.00",
            "first criterion, weight 1        | 40 | '' | '' | '' | 40.00",
            "second criterion counts twice    | '' | 30 | '' | '' | 60.00",
            "bonus adds                       | 40 | 30 | 5  | '' | 105.00",
            "penalty takes away               | 40 | 30 | 5  | 10 | 95.00",
            "halves kept to two decimals      | 12.5 | 10.25 | '' | 0.5 | 32.50",
            "a penalty larger than the points | '' | '' | '' | 10 | -10.00"})
    void totals(String edge, String first, String second, String bonus, String penalty, String total) {
        assertThat(Scoring.total(SHEET, points(first, second, bonus, penalty))).isEqualByComparingTo(total);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative             | 1 | -1    | range",
            "above the maximum    | 1 | 40.01 | range",
            "at the maximum       | 1 | 40    | ''",
            "zero                 | 4 | 0     | ''",
            "three decimals       | 2 | 1.125 | scale",
            "trailing zeros fine  | 2 | 1.500 | ''"})
    void refusesPointsOutsideTheItem(String edge, int item, String points, String refusal) {
        assertThat(Scoring.refusal(SHEET.get(item - 1), new BigDecimal(points)).orElse(""))
                .isEqualTo(refusal);
    }

    static Stream<Arguments> rankings() {
        return Stream.of(
                Arguments.of("distinct totals, highest first",
                        List.of("A:10,10,0,0", "B:40,30,0,0", "C:20,10,0,0"), List.of("B:1:", "C:2:", "A:3:")),
                Arguments.of("equal totals: the smaller penalty ranks higher",
                        List.of("A:40,25,5,5", "B:40,25,0,0"), List.of("B:1:PENALTY", "A:2:PENALTY")),
                Arguments.of("equal totals and penalties: the first criterion decides",
                        List.of("A:20,20,0,0", "B:40,10,0,0"), List.of("B:1:CRITERION:1", "A:2:CRITERION:1")),
                Arguments.of("equal on everything: the position is shared and the next one skipped",
                        List.of("A:40,10,0,0", "B:40,10,0,0", "C:10,0,0,0"), List.of("A:1:SHARED", "B:1:SHARED", "C:3:")),
                Arguments.of("a weight can turn the order",
                        List.of("A:40,0,0,0", "B:0,25,0,0"), List.of("B:1:", "A:2:")),
                Arguments.of("a single unit leads",
                        List.of("A:0,0,0,0"), List.of("A:1:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankings")
    void ranks(String edge, List<String> sheets, List<String> expected) {
        List<Scoring.Sheet> input = new ArrayList<>();
        for (String sheet : sheets) {
            String[] parts = sheet.split(":");
            input.add(new Scoring.Sheet(parts[0], "Đơn vị " + parts[0], points(parts[1].split(","))));
        }
        assertThat(Scoring.rank(SHEET, input)).extracting(r -> r.unitCode() + ":" + r.position() + ":"
                + (r.tieBreak() == null ? "" : r.tieBreak())).containsExactlyElementsOf(expected);
    }

    @Test
    void keepsThePenaltiesApartForTheTieRule() {
        assertThat(Scoring.penalties(SHEET, points("40", "30", "5", "7.5"))).isEqualByComparingTo("7.50");
    }
}
