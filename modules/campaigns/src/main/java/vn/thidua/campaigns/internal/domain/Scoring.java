package vn.thidua.campaigns.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.campaigns.CriterionKind;

/**
 * The arithmetic of a covenant's scoring sheet and the ranking that follows (no database, no state).
 *
 * <p>A unit's total is the sum, over criteria and bonus items, of points × weight, less the sum of penalty points ×
 * weight. Units are ranked by total, highest first. Equal totals are broken, in this order, by the smaller penalty,
 * then by the weighted points of the criteria in the order of the sheet (the first criterion first); units still
 * equal share the position (1, 1, 3).
 */
public final class Scoring {

    /** A line of the sheet. */
    public record Item(long id, int position, CriterionKind kind, BigDecimal maxPoints, BigDecimal weight) {
    }

    /** A unit's points per item id (items without points count 0). */
    public record Sheet(String unitCode, String unitName, Map<Long, BigDecimal> points) {
    }

    /** A unit's place: {@code tieBreak} is null (no tie), PENALTY, CRITERION:n (n the criterion's position) or SHARED. */
    public record Ranked(String unitCode, String unitName, int position, BigDecimal total, BigDecimal penalties,
                         String tieBreak) {
    }

    private record Row(Sheet sheet, BigDecimal total, BigDecimal penalties) {
    }

    private Scoring() {
    }

    /** Why {@code points} cannot stand for {@code item}, if they cannot: "range" (below 0 or above the maximum), "scale". */
    public static Optional<String> refusal(Item item, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(item.maxPoints()) > 0) {
            return Optional.of("range");
        }
        if (points.stripTrailingZeros().scale() > 2) {
            return Optional.of("scale");
        }
        return Optional.empty();
    }

    public static BigDecimal total(List<Item> items, Map<Long, BigDecimal> points) {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            BigDecimal weighted = weighted(item, points);
            total = item.kind() == CriterionKind.PENALTY ? total.subtract(weighted) : total.add(weighted);
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal penalties(List<Item> items, Map<Long, BigDecimal> points) {
        return items.stream().filter(i -> i.kind() == CriterionKind.PENALTY).map(i -> weighted(i, points))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal weighted(Item item, Map<Long, BigDecimal> points) {
        return points.getOrDefault(item.id(), BigDecimal.ZERO).multiply(item.weight());
    }

    public static List<Ranked> rank(List<Item> items, List<Sheet> sheets) {
        List<Item> criteria = items.stream().filter(i -> i.kind() == CriterionKind.CRITERION)
                .sorted(Comparator.comparingInt(Item::position)).toList();
        Comparator<Row> byTotal = Comparator.comparing(Row::total).reversed();
        Comparator<Row> byPenalty = Comparator.comparing(Row::penalties);
        Comparator<Row> order = byTotal.thenComparing(byPenalty);
        for (Item criterion : criteria) {
            order = order.thenComparing(Comparator.comparing((Row r) -> weighted(criterion, r.sheet().points())).reversed());
        }
        List<Row> rows = new ArrayList<>(sheets.stream()
                .map(s -> new Row(s, total(items, s.points()), penalties(items, s.points()))).toList());
        rows.sort(order.thenComparing(r -> r.sheet().unitCode()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int position = i + 1;
            if (i > 0 && order.compare(rows.get(i - 1), row) == 0) {
                position = ranked.get(i - 1).position();
            }
            ranked.add(new Ranked(row.sheet().unitCode(), row.sheet().unitName(), position, row.total(), row.penalties(),
                    null));
        }
        // How each tie on the total was settled, told to both sides of it.
        for (int i = 0; i < rows.size(); i++) {
            String tieBreak = null;
            for (int j = 0; j < rows.size(); j++) {
                if (i == j || byTotal.compare(rows.get(i), rows.get(j)) != 0) {
                    continue;
                }
                String between = tieBreak(rows.get(i), rows.get(j), byPenalty, criteria);
                if (tieBreak == null || "SHARED".equals(between)) {
                    tieBreak = between;
                }
            }
            Ranked r = ranked.get(i);
            ranked.set(i, new Ranked(r.unitCode(), r.unitName(), r.position(), r.total(), r.penalties(), tieBreak));
        }
        return ranked;
    }

    private static String tieBreak(Row a, Row b, Comparator<Row> byPenalty, List<Item> criteria) {
        if (byPenalty.compare(a, b) != 0) {
            return "PENALTY";
        }
        for (Item criterion : criteria) {
            if (weighted(criterion, a.sheet().points()).compareTo(weighted(criterion, b.sheet().points())) != 0) {
                return "CRITERION:" + criterion.position();
            }
        }
        return "SHARED";
    }
}
