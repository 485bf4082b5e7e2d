package vn.thidua.commendation.internal.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.Rating;

/** Checks the parameters of a condition before a version that uses them is saved. */
public final class Parameters {

    private Parameters() {
    }

    /** What is wrong with the parameters for that kind, in Vietnamese; empty when they are right. */
    public static Optional<String> problem(ConditionKind kind, String text) {
        Map<String, String> p = Condition.parameters(text == null ? "" : text);
        try {
            if (p.containsKey("for")) {
                list(p.get("for")).forEach(vn.thidua.commendation.RecipientType::valueOf);
            }
            if (p.containsKey("types")) {
                list(p.get("types")).forEach(vn.thidua.commendation.CommendationType::valueOf);
            }
            if (p.containsKey("standard") && !p.get("standard").matches("true|false")) {
                throw new IllegalArgumentException("standard");
            }
            switch (kind) {
                case RATING -> {
                    Rating.valueOf(p.get("min"));
                    years(p);
                }
                case NO_DISCIPLINE, MEMBERS_NO_DISCIPLINE -> DisciplineLevel.valueOf(p.get("min"));
                case MEMBERS_RATING -> Rating.valueOf(p.get("min"));
                case MONTHS_OF_WORK -> range(p.get("months"), 0, 12);
                case HOLDS_AWARD -> {
                    require(p, "awards");
                    years(p);
                    if (p.containsKey("period")) {
                        range(p.get("period"), 1, 20);
                    }
                }
                case HELD_BEFORE -> {
                    require(p, "awards");
                    range(p.get("gap"), 0, 30);
                }
                case INITIATIVE -> {
                    InitiativeScope.valueOf(p.get("scope"));
                    range(p.get("count"), 1, 20);
                    range(p.get("window"), 1, 20);
                }
                case UNIT_CAP -> {
                    require(p, "of");
                    String ratio = p.get("ratio");
                    if (ratio == null || !ratio.startsWith("@")) {
                        share(ratio);
                    }
                }
                case MEMBERS_SHARE -> {
                    require(p, "award");
                    share(p.get("share"));
                }
                case MEMBERS_HOLD -> {
                    require(p, "award");
                    range(p.get("count"), 1, 1000);
                }
                case CLUSTER_RANK -> range(p.get("max"), 1, 100);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Engine.message("parameters.invalid", kind.name(), text));
        }
    }

    private static java.util.List<String> list(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static void require(Map<String, String> p, String name) {
        if (p.get(name) == null || p.get(name).isBlank()) {
            throw new IllegalArgumentException(name);
        }
    }

    private static void years(Map<String, String> p) {
        require(p, "years");
        for (String year : p.get("years").split(",")) {
            range(year.strip(), 0, 30);
        }
    }

    private static void range(String value, int min, int max) {
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new IllegalArgumentException(value);
        }
    }

    private static void share(String value) {
        BigDecimal share = new BigDecimal(value);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(value);
        }
    }
}
