package vn.thidua.commendation.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.Rating;

/**
 * Evaluates the conditions of an award against the facts of a recipient for year Y: one check per condition
 * (alternatives folded into one), each with its legal basis and a Vietnamese sentence naming the evidence.
 */
public final class Engine {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Engine() {
    }

    public static List<Check> evaluate(List<Condition> conditions, int year, Facts facts) {
        return evaluate(conditions, year, facts, Map.of());
    }

    /**
     * As {@link #evaluate(List, int, Facts)}, with the whole rule set at hand by award: a condition that accepts the
     * standard of a title of the same year met (RULES.md §5, "đạt tiêu chuẩn danh hiệu") evaluates that title's
     * conditions on the same facts.
     */
    public static List<Check> evaluate(List<Condition> conditions, int year, Facts facts,
                                       Map<String, List<Condition>> ruleSet) {
        return evaluate(conditions, year, facts, ruleSet, 0);
    }

    /**
     * Whether the facts meet the standard of {@code award} in {@code year}: every condition of it holds but the
     * quota caps (a cap limits how many are decided, it is no part of a person's standard). An award without
     * encoded conditions has no standard the engine can see.
     */
    public static boolean meetsStandard(String award, int year, Facts facts, Map<String, List<Condition>> ruleSet) {
        return meetsStandard(award, year, facts, ruleSet, 0);
    }

    private static final int DEEPEST = 4;

    /**
     * The standards already decided for the facts at hand, on this thread: one person's evaluation asks whether the
     * LĐTT standard is met half a dozen times (for CSTĐCS, its caps, the chains of CSTĐ, the collective's members).
     * Facts are immutable, so the answer holds for as long as the same facts and rule set are asked about.
     */
    private static final class Standards {
        private Facts facts;
        private Map<String, List<Condition>> ruleSet;
        private final Map<String, Boolean> met = new java.util.HashMap<>();
    }

    private static final ThreadLocal<Standards> STANDARDS = ThreadLocal.withInitial(Standards::new);

    private static boolean meetsStandard(String award, int year, Facts facts, Map<String, List<Condition>> ruleSet,
                                         int depth) {
        Standards known = STANDARDS.get();
        if (known.facts != facts || known.ruleSet != ruleSet) {
            known.facts = facts;
            known.ruleSet = ruleSet;
            known.met.clear();
        }
        String key = award + '|' + year + '|' + depth;
        Boolean met = known.met.get(key);
        if (met == null) {
            met = decideStandard(award, year, facts, ruleSet, depth);
            // The evaluation above may have asked about other facts on this thread: remember only for these.
            if (known.facts == facts && known.ruleSet == ruleSet) {
                known.met.put(key, met);
            }
        }
        return met;
    }

    private static boolean decideStandard(String award, int year, Facts facts, Map<String, List<Condition>> ruleSet,
                                          int depth) {
        List<Condition> conditions = ruleSet.getOrDefault(award, List.of()).stream()
                .filter(c -> c.kind() != ConditionKind.UNIT_CAP).toList();
        return depth < DEEPEST && !conditions.isEmpty() && allPass(conditions, year, facts, ruleSet, depth + 1);
    }

    /**
     * Whether every condition holds (any one of a group of alternatives), stopping at the first that does not:
     * what a standard needs, without the sentences of the conditions after it.
     */
    private static boolean allPass(List<Condition> conditions, int year, Facts facts,
                                   Map<String, List<Condition>> ruleSet, int depth) {
        Map<String, Boolean> groups = null;
        for (Condition condition : conditions) {
            if (condition.group() == null) {
                if (!check(condition, year, facts, ruleSet, depth).passed()) {
                    return false;
                }
            } else {
                if (groups == null) {
                    groups = new LinkedHashMap<>();
                }
                if (!groups.getOrDefault(condition.group(), false)) {
                    groups.put(condition.group(), check(condition, year, facts, ruleSet, depth).passed());
                }
            }
        }
        return groups == null || !groups.containsValue(false);
    }

    private static List<Check> evaluate(List<Condition> conditions, int year, Facts facts,
                                        Map<String, List<Condition>> ruleSet, int depth) {
        List<Check> checks = new ArrayList<>();
        Map<String, List<Check>> groups = new LinkedHashMap<>();
        Map<String, Condition> firstOfGroup = new LinkedHashMap<>();
        for (Condition condition : conditions) {
            Check check = check(condition, year, facts, ruleSet, depth);
            if (condition.group() == null) {
                checks.add(check);
            } else {
                if (!groups.containsKey(condition.group())) {
                    // The group's place in the list is where its first alternative stands.
                    checks.add(null);
                    firstOfGroup.put(condition.group(), condition);
                }
                groups.computeIfAbsent(condition.group(), g -> new ArrayList<>()).add(check);
            }
        }
        List<Check> result = new ArrayList<>();
        var groupOrder = groups.keySet().iterator();
        for (Check check : checks) {
            if (check != null) {
                result.add(check);
                continue;
            }
            String group = groupOrder.next();
            List<Check> alternatives = groups.get(group);
            boolean any = alternatives.stream().anyMatch(Check::passed);
            String prefix = firstOfGroup.get(group).key();
            String rule = prefix.substring(0, prefix.indexOf('.') + 1) + group;
            result.add(new Check(rule, alternatives.get(0).basis(), any, message("anyOf",
                    alternatives.stream().map(Check::message).collect(Collectors.joining(message("or"))))));
        }
        return result;
    }

    static Check check(Condition c, int year, Facts facts, Map<String, List<Condition>> ruleSet, int depth) {
        return switch (c.kind()) {
            case RATING -> rating(c, year, facts);
            case NO_DISCIPLINE -> noDiscipline(c, year, facts);
            case MONTHS_OF_WORK -> monthsOfWork(c, year, facts);
            case HOLDS_AWARD -> holdsAward(c, year, facts, ruleSet, depth);
            case HELD_BEFORE -> heldBefore(c, year, facts);
            case INITIATIVE -> initiative(c, year, facts);
            case UNIT_CAP -> unitCap(c, year, facts);
            case MEMBERS_SHARE -> membersShare(c, year, facts);
            case MEMBERS_RATING -> membersRating(c, year, facts);
            case MEMBERS_HOLD -> membersHold(c, year, facts);
            case MEMBERS_NO_DISCIPLINE -> membersNoDiscipline(c, year, facts);
            case CLUSTER_RANK -> clusterRank(c, year, facts);
        };
    }

    private static boolean atLeast(Rating rating, Rating min) {
        return rating != null && rating.ordinal() <= min.ordinal();
    }

    private static Check rating(Condition c, int year, Facts facts) {
        Rating min = Rating.valueOf(c.text("min"));
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (int offset : c.years()) {
            int y = year - offset;
            Rating rating = facts.ratings().get(y);
            boolean ok = atLeast(rating, min);
            all &= ok;
            parts.add(message(rating == null ? "rating.none" : "rating.year", y, rating == null ? "" : rating.name()));
        }
        return new Check(c.key(), c.basis(), all, message("rating", min.name(), String.join(", ", parts)));
    }

    private static Check noDiscipline(Condition c, int year, Facts facts) {
        DisciplineLevel min = DisciplineLevel.valueOf(c.text("min"));
        List<Facts.DisciplineFact> found = facts.disciplines().stream()
                .filter(d -> d.year() == year && d.level().atLeast(min)).toList();
        return found.isEmpty()
                ? new Check(c.key(), c.basis(), true, message("discipline.none", year))
                : new Check(c.key(), c.basis(), false, message("discipline.found", year,
                        found.stream().map(d -> d.level().name()).collect(Collectors.joining(", "))));
    }

    private static Check monthsOfWork(Condition c, int year, Facts facts) {
        int needed = c.number("months", 10);
        if (facts.startOfWork() == null) {
            return new Check(c.key(), c.basis(), false, message("months.unknown"));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate start = facts.startOfWork().isAfter(first) ? facts.startOfWork() : first;
        long months = start.isAfter(LocalDate.of(year, 12, 31)) ? 0
                : ChronoUnit.MONTHS.between(start, LocalDate.of(year + 1, 1, 1));
        return new Check(c.key(), c.basis(), months >= needed,
                message("months", DAY.format(facts.startOfWork()), months, needed, year));
    }

    private static Check holdsAward(Condition c, int year, Facts facts, Map<String, List<Condition>> ruleSet,
                                    int depth) {
        Set<String> awards = Set.copyOf(c.list("awards"));
        boolean standard = Boolean.parseBoolean(c.text("standard", "false"));
        String names = awards.stream().sorted().map(Engine::abbreviation).collect(Collectors.joining("/"));
        List<String> held = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int offset : c.years().stream().sorted((a, b) -> b - a).toList()) {
            int y = year - offset;
            boolean has = facts.awards().stream().anyMatch(a -> a.year() == y && awards.contains(a.awardCode()));
            if (standard && offset == 0) {
                // The same year's title is considered together with this one: its standard met is enough.
                boolean met = !has && awards.stream().sorted()
                        .anyMatch(a -> meetsStandard(a, y, facts, ruleSet, depth));
                (has || met ? held : missing).add(has ? message("standard.decided", y)
                        : met ? message("standard.met", y) : Integer.toString(y));
            } else {
                (has ? held : missing).add(Integer.toString(y));
            }
        }
        String evidence = message("holds", names, held.isEmpty() ? "—" : String.join(", ", held),
                missing.isEmpty() ? "—" : String.join(", ", missing));
        boolean passed = missing.isEmpty();
        String reuser = c.text("notReusedBy", null);
        if (passed && reuser != null) {
            int period = c.number("period", 1);
            List<String> reused = new ArrayList<>();
            for (int offset : c.years()) {
                int y = year - offset;
                facts.awards().stream().filter(a -> a.awardCode().equals(reuser) && a.year() != year
                                && y <= a.year() && y > a.year() - period)
                        .findFirst().ifPresent(a -> reused.add(message("reused", y, abbreviation(reuser), a.year())));
            }
            if (!reused.isEmpty()) {
                return new Check(c.key(), c.basis(), false, evidence + "; " + String.join("; ", reused));
            }
        }
        return new Check(c.key(), c.basis(), passed, evidence);
    }

    private static Check heldBefore(Condition c, int year, Facts facts) {
        Set<String> awards = Set.copyOf(c.list("awards"));
        int last = year - c.number("gap", 0);
        List<String> found = facts.awards().stream().filter(a -> awards.contains(a.awardCode()) && a.year() <= last)
                .sorted(java.util.Comparator.comparingInt(Facts.HeldAward::year))
                .map(a -> abbreviation(a.awardCode()) + " " + a.year()).toList();
        return new Check(c.key(), c.basis(), !found.isEmpty(), message("heldBefore",
                awards.stream().sorted().map(Engine::abbreviation).collect(Collectors.joining("/")), last,
                found.isEmpty() ? message("heldBefore.none") : String.join(", ", found)));
    }

    private static Check initiative(Condition c, int year, Facts facts) {
        InitiativeScope scope = InitiativeScope.valueOf(c.text("scope"));
        int count = c.number("count", 1);
        int window = c.number("window", 1);
        int firstYear = year - window + 1;
        List<Facts.InitiativeFact> found = facts.initiatives().stream()
                .filter(i -> i.scope().atLeast(scope) && i.recognisedOn().getYear() >= firstYear
                        && i.recognisedOn().getYear() <= year).toList();
        long outside = facts.initiatives().stream().filter(i -> !found.contains(i)).count();
        String evidence = found.isEmpty() ? message("initiative.none", scopeName(scope), firstYear, year)
                : message("initiative.found", found.size(), scopeName(scope), firstYear, year, found.stream()
                        .map(i -> "\"" + i.title() + "\" (" + scopeName(i.scope()) + ", " + DAY.format(i.recognisedOn())
                                + ")")
                        .collect(Collectors.joining(", ")));
        if (outside > 0) {
            evidence += message("initiative.others", outside);
        }
        return new Check(c.key(), c.basis(), found.size() >= count, message("initiative", count, evidence));
    }

    private static Check unitCap(Condition c, int year, Facts facts, String award) {
        BigDecimal ratio = new BigDecimal(c.text("ratio"));
        List<String> ofAwards = c.list("of");
        int base = ofAwards.stream().mapToInt(a -> facts.unitCounts().byAward().getOrDefault(a, 0)).sum();
        int already = facts.unitCounts().byAward().getOrDefault(award, 0);
        boolean holds = facts.awards().stream().anyMatch(a -> a.year() == year && a.awardCode().equals(award));
        int withThis = already + (holds ? 0 : 1);
        int cap = ratio.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.FLOOR).intValueExact();
        return new Check(c.key(), c.basis(), withThis <= cap, message("cap", facts.unitCounts().unitName(), year,
                ofAwards.stream().map(Engine::abbreviation).collect(Collectors.joining(", ")), base, ratio.movePointRight(2).stripTrailingZeros().toPlainString(), cap,
                abbreviation(award), withThis));
    }

    private static Check unitCap(Condition c, int year, Facts facts) {
        return unitCap(c, year, facts, c.key().substring(0, c.key().indexOf('.')));
    }

    private static Check membersShare(Condition c, int year, Facts facts) {
        String award = c.text("award");
        BigDecimal share = new BigDecimal(c.text("share"));
        boolean strict = Boolean.parseBoolean(c.text("strict", "false"));
        boolean standard = Boolean.parseBoolean(c.text("standard", "false"));
        int members = facts.members().size();
        long holding = facts.members().stream().filter(m -> m.holds(award, standard)).count();
        long undecided = facts.members().stream().filter(m -> m.holds(award, standard) && !m.awards().contains(award)).count();
        BigDecimal needed = share.multiply(BigDecimal.valueOf(members));
        int comparison = BigDecimal.valueOf(holding).compareTo(needed);
        boolean passed = members > 0 && (strict ? comparison > 0 : comparison >= 0);
        return new Check(c.key(), c.basis(), passed, message(strict ? "share.above" : "share.atLeast",
                holding, members, abbreviation(award), year, share.movePointRight(2).stripTrailingZeros().toPlainString())
                + (undecided > 0 ? message("standard.members", undecided) : ""));
    }

    private static Check membersRating(Condition c, int year, Facts facts) {
        Rating min = Rating.valueOf(c.text("min"));
        List<String> below = facts.members().stream().filter(m -> !atLeast(m.rating(), min))
                .map(m -> m.name() + " (" + (m.rating() == null ? message("rating.missing") : m.rating().name()) + ")")
                .toList();
        return new Check(c.key(), c.basis(), below.isEmpty() && !facts.members().isEmpty(), below.isEmpty()
                ? message("membersRating.all", facts.members().size(), min.name(), year)
                : message("membersRating.below", below.size(), min.name(), year, String.join(", ", below)));
    }

    private static Check membersHold(Condition c, int year, Facts facts) {
        String award = c.text("award");
        int count = c.number("count", 1);
        boolean standard = Boolean.parseBoolean(c.text("standard", "false"));
        List<String> holders = facts.members().stream().filter(m -> m.holds(award, standard))
                .map(m -> m.awards().contains(award) ? m.name() : m.name() + message("standard.undecided")).toList();
        return new Check(c.key(), c.basis(), holders.size() >= count, message("membersHold", holders.size(),
                abbreviation(award), year, holders.isEmpty() ? "—" : String.join(", ", holders), count));
    }

    private static Check membersNoDiscipline(Condition c, int year, Facts facts) {
        DisciplineLevel min = DisciplineLevel.valueOf(c.text("min"));
        List<String> disciplined = facts.members().stream()
                .filter(m -> m.disciplines().stream().anyMatch(d -> d.year() == year && d.level().atLeast(min)))
                .map(Facts.Member::name).toList();
        return new Check(c.key(), c.basis(), disciplined.isEmpty(), disciplined.isEmpty()
                ? message("membersDiscipline.none", min.name(), year)
                : message("membersDiscipline.found", min.name(), year, String.join(", ", disciplined)));
    }

    private static Check clusterRank(Condition c, int year, Facts facts) {
        int max = c.number("max", 1);
        if (facts.standings().isEmpty()) {
            return new Check(c.key(), c.basis(), false, message("rank.none", year));
        }
        boolean passed = facts.standings().stream().anyMatch(s -> s.position() <= max);
        String places = facts.standings().stream().map(s -> message("rank.place", s.position(), s.of(), s.clusterName(), year,
                        s.total().setScale(2, RoundingMode.HALF_UP).toPlainString())
                        + ("SHARED".equals(s.tieBreak()) ? message("rank.shared") : ""))
                .collect(Collectors.joining("; "));
        return new Check(c.key(), c.basis(), passed, message("rank", places, max));
    }

    static String abbreviation(String awardCode) {
        ResourceBundle bundle = BUNDLE;
        return bundle.containsKey("abbr." + awardCode) ? bundle.getString("abbr." + awardCode) : awardCode;
    }

    /**
     * The sentences of the rules, parsed once into their literal parts and argument places: a pre-screening writes
     * millions of them, and MessageFormat (even cached) was a quarter of its time. The rules' sentences use plain
     * {@code {n}} places only; a sentence with quotes or a format type would go through MessageFormat.
     */
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.thidua.commendation.i18n.rules",
            VIETNAMESE, Engine.class.getClassLoader());
    private static final Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /** An initiative's scope as people say it ("cơ sở", "tỉnh", "toàn quốc"), never its code. */
    static String scopeName(InitiativeScope scope) {
        return message("initiative.scope." + scope.name());
    }

    static String message(String key, Object... arguments) {
        return TEMPLATES.computeIfAbsent(key, k -> Template.of(BUNDLE.getString(k))).format(arguments);
    }

    /** A sentence as literal parts with an argument's place after each but the last (-1: no place). */
    record Template(String[] literals, int[] places, String pattern) {

        static Template of(String pattern) {
            if (pattern.indexOf('\'') >= 0 || pattern.matches("(?s).*\\{\\d+,.*")) {
                return new Template(null, null, pattern);
            }
            List<String> literals = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            java.util.regex.Matcher place = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(pattern);
            int from = 0;
            while (place.find()) {
                literals.add(pattern.substring(from, place.start()));
                places.add(Integer.parseInt(place.group(1)));
                from = place.end();
            }
            literals.add(pattern.substring(from));
            return new Template(literals.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray(),
                    pattern);
        }

        String format(Object... arguments) {
            if (literals == null) {
                Object[] shown = new Object[arguments.length];
                for (int i = 0; i < arguments.length; i++) {
                    shown[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
                }
                return new MessageFormat(pattern, VIETNAMESE).format(shown);
            }
            StringBuilder text = new StringBuilder(pattern.length() + 32);
            for (int i = 0; i < literals.length; i++) {
                text.append(literals[i]);
                if (i < places.length) {
                    int n = places[i];
                    text.append(n < arguments.length ? String.valueOf(arguments[n]) : "{" + n + "}");
                }
            }
            return text.toString();
        }
    }
}
