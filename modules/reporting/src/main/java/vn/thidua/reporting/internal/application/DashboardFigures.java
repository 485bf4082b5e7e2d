package vn.thidua.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.organisation.UnitScope;

/**
 * The dashboard's counts of a year and a unit subtree (five years of decided commendations read in two grouped
 * queries), remembered for {@link #FRESH}: a province's dashboard reads some 700,000 records, and thirty leaders
 * opening it in the same minute need it counted once. The key carries the caller's readable subtrees, so one
 * caller never sees counts made for wider grants; the unit's own read check runs on every call. Each node keeps
 * its own copy: at worst a minute behind the records, never wrong about who may see it.
 */
@ApplicationScoped
public class DashboardFigures {

    static final Duration FRESH = Duration.ofSeconds(60);
    private static final int MOST = 500;

    @Inject private CommendationStatistics statistics;
    @Inject private UnitScope scope;
    @Inject private vn.thidua.organisation.UnitService units;

    /** The counts behind the dashboard, as of {@code countedAt}. */
    public record Figures(List<CommendationStatistics.Group> groups, long decisions,
                          List<CommendationStatistics.DatedCount> fiveYears, Instant countedAt) implements Serializable {
    }

    private record Key(String unitCode, int year, List<String> readable) {
    }

    private record Kept(Figures figures, Instant until) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    private final Map<Key, Object> counting = new ConcurrentHashMap<>();

    public Figures of(String unitCode, int year) {
        Key key = new Key(unitCode, year, scope.readablePaths());
        Kept found = kept.get(key);
        if (found != null && found.until().isAfter(Instant.now())) {
            if (unitCode != null) {
                // The grants may have changed since: the unit's read check, again (an exception when refused).
                scope.checkRead(units.pathOf(unitCode).orElseThrow(), "commendations of " + unitCode);
            }
            return found.figures();
        }
        // One count per key at a time: the callers who arrive meanwhile wait for it instead of counting too.
        synchronized (counting.computeIfAbsent(key, k -> new Object())) {
            found = kept.get(key);
            if (found != null && found.until().isAfter(Instant.now())) {
                return found.figures();
            }
            return count(key, unitCode, year);
        }
    }

    private Figures count(Key key, String unitCode, int year) {
        Instant now = Instant.now();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Figures figures = new Figures(statistics.groups(from, to, unitCode), statistics.decisions(from, to, unitCode),
                statistics.countsByDateAndPath(LocalDate.of(year - 4, 1, 1), to, unitCode), now);
        if (kept.size() >= MOST) {
            kept.entrySet().removeIf(e -> !e.getValue().until().isAfter(now));
            if (kept.size() >= MOST) {
                kept.clear();
                counting.clear();
            }
        }
        kept.put(key, new Kept(figures, now.plus(FRESH)));
        return figures;
    }
}
