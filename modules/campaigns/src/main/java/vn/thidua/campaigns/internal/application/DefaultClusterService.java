package vn.thidua.campaigns.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.campaigns.CriterionKind;
import vn.thidua.campaigns.RankingPublished;
import vn.thidua.campaigns.SheetState;
import vn.thidua.campaigns.Standing;
import vn.thidua.campaigns.internal.domain.Cluster;
import vn.thidua.campaigns.internal.domain.ClusterMember;
import vn.thidua.campaigns.internal.domain.Criterion;
import vn.thidua.campaigns.internal.domain.RankingEntry;
import vn.thidua.campaigns.internal.domain.Score;
import vn.thidua.campaigns.internal.domain.Scoring;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional
public class DefaultClusterService implements ClusterService {

    private static final String BUNDLE = Documents.BUNDLE;
    private static final String SCORING = "SCORING";
    private static final String PUBLISHED = "PUBLISHED";
    private static final Set<String> OFFICE = Set.of(Roles.ADMIN, Roles.SPECIALIST);
    private static final Set<String> UNIT_SIDE = Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitService units;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private Event<RankingPublished> published;

    @Override
    public long create(Clusters.ClusterInput input) {
        Checks checks = new Checks();
        String code = checks.code("code", input.code(), true);
        int lastYear = ProvinceClock.thisYear() + 1;
        if (input.year() == null || input.year() < 2000 || input.year() > lastYear) {
            checks.add(Violation.of("year", "year", "2000", String.valueOf(lastYear)));
        }
        String name = checks.name("name", input.name());
        checks.require(input.kind() != null, Violation.of("kind", "required"));
        String head = checks.code("headUnitCode", input.headUnitCode(), true);
        String deputy = checks.code("deputyUnitCode", input.deputyUnitCode(), false);
        Map<String, UnitDetails> members = new LinkedHashMap<>();
        for (String unitCode : Objects.requireNonNullElse(input.unitCodes(), List.<String>of())) {
            String c = checks.code("unitCodes", unitCode, true);
            if (c != null) {
                units.findByCode(c).ifPresentOrElse(u -> members.put(c, u),
                        () -> checks.add(new Violation("unitCodes", BUNDLE, "unit.unknown", c)));
            }
        }
        checks.require(members.size() >= 2, new Violation("unitCodes", BUNDLE, "cluster.tooFew"));
        if (head != null && !members.containsKey(head)) {
            checks.add(new Violation("headUnitCode", BUNDLE, "cluster.headNotMember", head));
        }
        if (deputy != null && (!members.containsKey(deputy) || deputy.equals(head))) {
            checks.add(new Violation("deputyUnitCode", BUNDLE, "cluster.deputyNotMember", deputy));
        }
        List<Clusters.CriterionInput> criteria = Objects.requireNonNullElse(input.criteria(), List.of());
        checks.require(criteria.stream().anyMatch(c -> c.kind() == null || c.kind() == CriterionKind.CRITERION),
                new Violation("criteria", BUNDLE, "cluster.noCriteria"));
        for (int i = 0; i < criteria.size(); i++) {
            Clusters.CriterionInput c = criteria.get(i);
            if (c.name() == null || c.name().isBlank() || c.name().length() > 500) {
                checks.add(new Violation("criteria", BUNDLE, "criterion.name", i + 1));
            }
            if (c.maxPoints() == null || c.maxPoints().signum() <= 0 || c.maxPoints().scale() > 2) {
                checks.add(new Violation("criteria", BUNDLE, "criterion.max", i + 1));
            }
            if (c.weight() != null && (c.weight().signum() <= 0 || c.weight().scale() > 2)) {
                checks.add(new Violation("criteria", BUNDLE, "criterion.weight", i + 1));
            }
        }
        int flags = Objects.requireNonNullElse(input.flagCount(), 1);
        int certificates = Objects.requireNonNullElse(input.certificateCount(), 2);
        checks.require(flags >= 0 && flags <= 10, new Violation("flagCount", BUNDLE, "count.range", 0, 10));
        checks.require(certificates >= 0 && certificates <= 50, new Violation("certificateCount", BUNDLE, "count.range", 0, 50));
        checks.throwIfAny();
        if (!em.createNamedQuery("Cluster.byCode", Cluster.class).setParameter("code", code)
                .setParameter("year", input.year()).getResultList().isEmpty()) {
            throw new ConflictException(new Violation("code", BUNDLE, "cluster.duplicate", code, input.year()));
        }
        Map<String, String> paths = new LinkedHashMap<>();
        members.keySet().forEach(c -> paths.put(c, units.pathOf(c).orElseThrow()));
        String owner = commonAncestor(paths.values());
        if (!scope.hasRoleOn(owner, OFFICE)) {
            throw new AccessDeniedException("cluster over " + owner);
        }
        Cluster cluster = new Cluster(code, input.year(), DefaultMovementService.now(), actor());
        cluster.setName(name);
        cluster.setKind(input.kind());
        cluster.setHeadUnitCode(head);
        cluster.setDeputyUnitCode(deputy);
        cluster.setOwnerPath(owner);
        cluster.setOwnerUnitCode(unitAt(owner, members.values().iterator().next()));
        cluster.setFlagCount(flags);
        cluster.setCertificateCount(certificates);
        cluster.setState(SCORING);
        em.persist(cluster);
        em.flush();
        members.forEach((c, unit) -> em.persist(new ClusterMember(cluster.getId(), c, unit.name(), paths.get(c), SheetState.DRAFT)));
        for (int i = 0; i < criteria.size(); i++) {
            Clusters.CriterionInput c = criteria.get(i);
            em.persist(new Criterion(cluster.getId(), i + 1, c.name().strip(),
                    c.kind() == null ? CriterionKind.CRITERION : c.kind(), c.maxPoints(),
                    c.weight() == null ? BigDecimal.ONE : c.weight()));
        }
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("year", input.year());
        after.put("name", name);
        after.put("kind", input.kind());
        after.put("head", head);
        after.put("deputy", deputy);
        after.put("members", String.join(",", members.keySet()));
        after.put("criteria", criteria.stream().map(c -> c.name() + " (" + (c.kind() == null ? CriterionKind.CRITERION : c.kind())
                + ", " + c.maxPoints() + " × " + (c.weight() == null ? BigDecimal.ONE : c.weight()) + ")")
                .collect(Collectors.joining("; ")));
        after.put("flagCount", flags);
        after.put("certificateCount", certificates);
        auditTrail.recordIn(owner, "Cluster", cluster.getId(), AuditAction.CREATE, null, after);
        return cluster.getId();
    }

    /** The code of the unit at {@code path}, found by walking up from {@code below} (a unit at or under it). */
    private String unitAt(String path, UnitDetails below) {
        UnitDetails unit = below;
        while (!units.pathOf(unit.code()).orElseThrow().equals(path)) {
            String parent = unit.parentCode();
            unit = units.findByCode(parent).orElseThrow();
        }
        return unit.code();
    }

    /** The deepest unit path above (or equal to) every one of {@code paths} ("/1/" "/1/5/" → "/1/"). */
    static String commonAncestor(java.util.Collection<String> paths) {
        String common = null;
        for (String path : paths) {
            if (common == null) {
                common = path;
                continue;
            }
            while (!path.startsWith(common)) {
                String trimmed = common.substring(0, common.length() - 1);
                common = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
            }
        }
        return common == null || common.isEmpty() ? "/" : common;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Clusters.ClusterSummary> list(int year) {
        List<Cluster> clusters = em.createNamedQuery("Cluster.ofYear", Cluster.class).setParameter("year", year).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        if (!clusters.isEmpty()) {
            em.createQuery("select m.clusterId, count(m) from ClusterMember m where m.clusterId in :ids group by m.clusterId",
                            Object[].class).setParameter("ids", clusters.stream().map(Cluster::getId).toList())
                    .getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return clusters.stream().map(c -> summary(c, counts.getOrDefault(c.getId(), 0L).intValue())).toList();
    }

    private Clusters.ClusterSummary summary(Cluster c, int members) {
        return new Clusters.ClusterSummary(c.getId(), c.getCode(), c.getYear(), c.getName(), c.getKind(),
                c.getHeadUnitCode(), units.namesOf(List.of(c.getHeadUnitCode())).getOrDefault(c.getHeadUnitCode(), c.getHeadUnitCode()),
                c.getDeputyUnitCode(), members, PUBLISHED.equals(c.getState()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Clusters.ClusterDetails find(String code, int year) {
        Cluster cluster = cluster(code, year);
        List<Criterion> criteria = criteria(cluster);
        List<Scoring.Item> items = items(criteria);
        List<ClusterMember> members = members(cluster);
        // Self-scores and their evidence are the cluster's own: its members and the office that set it up read them.
        if (!scope.canRead(cluster.getOwnerPath()) && members.stream().noneMatch(m -> scope.canRead(m.getUnitPath()))) {
            throw new vn.thidua.platform.AccessDeniedException("cluster " + code + " of " + year);
        }
        Map<Long, Map<Long, Score>> scores = scores(cluster);
        boolean open = SCORING.equals(cluster.getState());
        List<Clusters.MemberDetails> views = new ArrayList<>();
        List<Scoring.Sheet> sheets = new ArrayList<>();
        for (ClusterMember m : members) {
            Map<Long, Clusters.ScoreDetails> shown = new LinkedHashMap<>();
            Map<Long, BigDecimal> points = new HashMap<>();
            scores.getOrDefault(m.getId(), Map.of()).forEach((criterionId, s) -> {
                Clusters.ScoreDetails view = new Clusters.ScoreDetails(s.getSelfPoints(), s.getEvidence(), s.getConfirmedPoints(),
                        s.getAdjustReason());
                shown.put(criterionId, view);
                points.put(criterionId, view.points());
            });
            sheets.add(new Scoring.Sheet(m.getUnitCode(), m.getUnitName(), points));
            views.add(new Clusters.MemberDetails(m.getUnitCode(), m.getUnitName(), m.getSheetState(), shown,
                    Scoring.total(items, points), m.getVersion(),
                    open && m.getSheetState() == SheetState.DRAFT && scope.canWrite(m.getUnitPath()),
                    open && m.getSheetState() == SheetState.SUBMITTED && mayConfirm(cluster, m),
                    m.getSubmittedBy(), m.getConfirmedBy()));
        }
        List<Clusters.RankDetails> ranking = open
                ? Scoring.rank(items, sheets).stream().map(r -> new Clusters.RankDetails(r.unitCode(), r.unitName(),
                        r.position(), r.total(), r.tieBreak())).toList()
                : em.createNamedQuery("RankingEntry.of", RankingEntry.class).setParameter("cluster", cluster.getId())
                .getResultStream().map(r -> new Clusters.RankDetails(r.getUnitCode(), r.getUnitName(), r.getPosition(),
                        r.getTotal(), r.getNote())).toList();
        return new Clusters.ClusterDetails(summary(cluster, members.size()),
                cluster.getDeputyUnitCode() == null ? null
                        : units.namesOf(List.of(cluster.getDeputyUnitCode())).get(cluster.getDeputyUnitCode()),
                cluster.getFlagCount(), cluster.getCertificateCount(), criteria.stream().map(c -> new Clusters.CriterionDetails(
                        c.getId(), c.getPosition(), c.getName(), c.getKind(), c.getMaxPoints(), c.getWeight())).toList(),
                views, ranking, cluster.getPublishedBy(), cluster.getVersion(), open && mayLead(cluster));
    }

    @Override
    public void score(String code, int year, String unitCode, List<Clusters.Points> points, boolean submit) {
        Cluster cluster = cluster(code, year);
        ClusterMember member = member(cluster, unitCode);
        scope.checkWrite(member.getUnitPath(), "scores of " + unitCode);
        if (!SCORING.equals(cluster.getState()) || member.getSheetState() != SheetState.DRAFT) {
            throw new ConflictException(new Violation("points", BUNDLE, "score.notDraft"));
        }
        Map<Long, Criterion> criteria = new LinkedHashMap<>();
        criteria(cluster).forEach(c -> criteria.put(c.getId(), c));
        Map<Long, Score> existing = scores(cluster).getOrDefault(member.getId(), new HashMap<>());
        Checks checks = new Checks();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (Clusters.Points p : Objects.requireNonNullElse(points, List.<Clusters.Points>of())) {
            Criterion criterion = criteria.get(p.criterionId());
            if (criterion == null) {
                checks.add(new Violation("points", BUNDLE, "criterion.unknown", p.criterionId()));
                continue;
            }
            String field = "points-" + criterion.getPosition();
            Scoring.refusal(item(criterion), p.points()).ifPresent(refusal -> checks.add(new Violation(field, BUNDLE,
                    "score." + refusal, criterion.getName(), criterion.getMaxPoints().stripTrailingZeros().toPlainString())));
            String evidence = checks.optionalText("evidence-" + criterion.getPosition(), p.text(), 10_000);
            if (!checks.has(field) && !checks.has("evidence-" + criterion.getPosition())) {
                Score score = existing.get(criterion.getId());
                if (score == null) {
                    score = new Score(member.getId(), criterion.getId(), p.points());
                    em.persist(score);
                    existing.put(criterion.getId(), score);
                } else {
                    before.put(criterion.getName(), score.getSelfPoints() + " | " + Objects.requireNonNullElse(score.getEvidence(), ""));
                    score.setSelfPoints(p.points());
                }
                score.setEvidence(evidence);
                after.put(criterion.getName(), p.points() + " | " + Objects.requireNonNullElse(evidence, ""));
            }
        }
        if (submit) {
            for (Criterion criterion : criteria.values()) {
                if (criterion.getKind() == CriterionKind.CRITERION && !existing.containsKey(criterion.getId())) {
                    checks.add(new Violation("points-" + criterion.getPosition(), BUNDLE, "score.missing", criterion.getName()));
                }
            }
        }
        checks.throwIfAny();
        if (submit) {
            member.setSheetState(SheetState.SUBMITTED);
            member.setSubmittedAt(DefaultMovementService.now());
            member.setSubmittedBy(actor());
            after.put("sheetState", SheetState.SUBMITTED);
        }
        em.flush();
        auditTrail.recordIn(member.getUnitPath(), "ClusterScore", member.getId(), AuditAction.UPDATE,
                before.isEmpty() ? null : before, after);
    }

    @Override
    public void confirm(String code, int year, String unitCode, List<Clusters.Points> adjustments) {
        Cluster cluster = cluster(code, year);
        ClusterMember member = member(cluster, unitCode);
        if (!mayConfirm(cluster, member)) {
            throw new AccessDeniedException("confirmation of " + unitCode + " in " + code);
        }
        if (!SCORING.equals(cluster.getState()) || member.getSheetState() != SheetState.SUBMITTED) {
            throw new ConflictException(new Violation("points", BUNDLE, "score.notSubmitted"));
        }
        Map<Long, Criterion> criteria = new LinkedHashMap<>();
        criteria(cluster).forEach(c -> criteria.put(c.getId(), c));
        Map<Long, Score> scores = scores(cluster).getOrDefault(member.getId(), new HashMap<>());
        Checks checks = new Checks();
        Map<String, Object> after = new LinkedHashMap<>();
        Map<Long, Clusters.Points> changes = new HashMap<>();
        for (Clusters.Points p : Objects.requireNonNullElse(adjustments, List.<Clusters.Points>of())) {
            Criterion criterion = criteria.get(p.criterionId());
            if (criterion == null) {
                checks.add(new Violation("points", BUNDLE, "criterion.unknown", p.criterionId()));
                continue;
            }
            String field = "points-" + criterion.getPosition();
            Scoring.refusal(item(criterion), p.points()).ifPresent(refusal -> checks.add(new Violation(field, BUNDLE,
                    "score." + refusal, criterion.getName(), criterion.getMaxPoints().stripTrailingZeros().toPlainString())));
            Score score = scores.get(criterion.getId());
            BigDecimal own = score == null ? BigDecimal.ZERO : score.getSelfPoints();
            String reason = checks.optionalText("reason-" + criterion.getPosition(), p.text(), 10_000);
            if (p.points() != null && p.points().compareTo(own) != 0 && reason == null
                    && !checks.has("reason-" + criterion.getPosition())) {
                checks.add(new Violation("reason-" + criterion.getPosition(), BUNDLE, "score.reasonRequired", criterion.getName()));
            }
            changes.put(criterion.getId(), new Clusters.Points(criterion.getId(), p.points(), reason));
        }
        checks.throwIfAny();
        for (Criterion criterion : criteria.values()) {
            Score score = scores.get(criterion.getId());
            Clusters.Points change = changes.get(criterion.getId());
            if (score == null) {
                score = new Score(member.getId(), criterion.getId(), BigDecimal.ZERO);
                em.persist(score);
            }
            if (change != null && change.points().compareTo(score.getSelfPoints()) != 0) {
                score.setConfirmedPoints(change.points());
                score.setAdjustReason(change.text());
                after.put(criterion.getName(), score.getSelfPoints() + " → " + change.points() + ": " + change.text());
            } else {
                score.setConfirmedPoints(score.getSelfPoints());
            }
        }
        member.setSheetState(SheetState.CONFIRMED);
        member.setConfirmedAt(DefaultMovementService.now());
        member.setConfirmedBy(actor());
        after.put("sheetState", SheetState.CONFIRMED);
        em.flush();
        auditTrail.recordIn(member.getUnitPath(), "ClusterScore", member.getId(), AuditAction.UPDATE,
                Map.of("sheetState", SheetState.SUBMITTED), after);
    }

    @Override
    public List<Clusters.RankDetails> publish(String code, int year, long expectedVersion) {
        Cluster cluster = cluster(code, year);
        if (!mayLead(cluster)) {
            throw new AccessDeniedException("ranking of " + code);
        }
        if (cluster.getVersion() != expectedVersion) {
            throw new StaleVersionException("cluster " + code);
        }
        if (!SCORING.equals(cluster.getState())) {
            throw new ConflictException(new Violation("ranking", BUNDLE, "ranking.published"));
        }
        List<ClusterMember> members = members(cluster);
        List<String> open = members.stream().filter(m -> m.getSheetState() != SheetState.CONFIRMED)
                .map(ClusterMember::getUnitName).toList();
        if (!open.isEmpty()) {
            throw new InvalidInputException(new Violation("ranking", BUNDLE, "ranking.unconfirmed", String.join(", ", open)));
        }
        List<Scoring.Item> items = items(criteria(cluster));
        Map<Long, Map<Long, Score>> scores = scores(cluster);
        List<Scoring.Sheet> sheets = new ArrayList<>();
        for (ClusterMember m : members) {
            Map<Long, BigDecimal> points = new HashMap<>();
            scores.getOrDefault(m.getId(), Map.of()).forEach((id, s) -> points.put(id, s.getConfirmedPoints()));
            sheets.add(new Scoring.Sheet(m.getUnitCode(), m.getUnitName(), points));
        }
        List<Scoring.Ranked> ranked = Scoring.rank(items, sheets);
        List<Standing> standings = new ArrayList<>();
        for (Scoring.Ranked r : ranked) {
            em.persist(new RankingEntry(cluster.getId(), r.unitCode(), r.unitName(), r.position(), r.total(), r.tieBreak()));
            standings.add(new Standing(cluster.getCode(), cluster.getName(), year, r.unitCode(), r.unitName(), r.position(),
                    ranked.size(), r.total(), r.tieBreak()));
        }
        cluster.setState(PUBLISHED);
        cluster.setPublishedAt(DefaultMovementService.now());
        cluster.setPublishedBy(actor());
        em.flush();
        auditTrail.recordIn(cluster.getOwnerPath(), "ClusterRanking", cluster.getId(), AuditAction.CREATE, null,
                Map.of("cluster", code, "year", year, "ranking", ranked.stream()
                        .map(r -> r.position() + ". " + r.unitCode() + " " + r.total().toPlainString())
                        .collect(Collectors.joining("; "))));
        published.fire(new RankingPublished(cluster.getCode(), cluster.getName(), year, cluster.getOwnerUnitCode(),
                cluster.getHeadUnitCode(),
                List.copyOf(standings), cluster.getFlagCount(), cluster.getCertificateCount()));
        return ranked.stream().map(r -> new Clusters.RankDetails(r.unitCode(), r.unitName(), r.position(), r.total(),
                r.tieBreak())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Standing> standings(String unitCode, int year) {
        List<Standing> standings = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select c.code, c.name, r.unitCode, r.unitName, r.position, r.total, r.note, c.id"
                        + " from RankingEntry r, Cluster c where r.clusterId = c.id and c.year = :year and r.unitCode = :unit"
                        + " and c.state = :published order by c.code", Object[].class)
                .setParameter("year", year).setParameter("unit", unitCode).setParameter("published", PUBLISHED)
                .getResultList();
        // How many units each of those rankings has: one grouped count for all of them.
        Map<Long, Long> sizes = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select r.clusterId, count(r) from RankingEntry r where r.clusterId in :ids group by r.clusterId",
                            Object[].class).setParameter("ids", rows.stream().map(row -> (Long) row[7]).distinct().toList())
                    .getResultList().forEach(row -> sizes.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        for (Object[] row : rows) {
            standings.add(new Standing((String) row[0], (String) row[1], year, (String) row[2], (String) row[3],
                    (Integer) row[4], sizes.getOrDefault((Long) row[7], 0L).intValue(), (BigDecimal) row[5],
                    (String) row[6]));
        }
        return standings;
    }

    /** The head's team (officers of the head unit, or of the deputy for the head's own sheet) or the office above. */
    private boolean mayConfirm(Cluster cluster, ClusterMember member) {
        if (scope.hasRoleOn(cluster.getOwnerPath(), OFFICE)) {
            return true;
        }
        String confirmer = member.getUnitCode().equals(cluster.getHeadUnitCode()) ? cluster.getDeputyUnitCode()
                : cluster.getHeadUnitCode();
        return confirmer != null && units.pathOf(confirmer).map(p -> scope.hasRoleOn(p, UNIT_SIDE)).orElse(false);
    }

    /**
     * The office that set up the cluster publishes its ranking (and owns the nominations it calls for); the head's team
     * confirms the sheets.
     */
    private boolean mayLead(Cluster cluster) {
        return scope.hasRoleOn(cluster.getOwnerPath(), OFFICE);
    }

    private static Scoring.Item item(Criterion c) {
        return new Scoring.Item(c.getId(), c.getPosition(), c.getKind(), c.getMaxPoints(), c.getWeight());
    }

    private static List<Scoring.Item> items(List<Criterion> criteria) {
        return criteria.stream().map(DefaultClusterService::item).toList();
    }

    private List<Criterion> criteria(Cluster cluster) {
        return em.createNamedQuery("Criterion.of", Criterion.class).setParameter("cluster", cluster.getId()).getResultList();
    }

    private List<ClusterMember> members(Cluster cluster) {
        return em.createNamedQuery("ClusterMember.of", ClusterMember.class).setParameter("cluster", cluster.getId())
                .getResultList();
    }

    private Map<Long, Map<Long, Score>> scores(Cluster cluster) {
        Map<Long, Map<Long, Score>> byMember = new HashMap<>();
        em.createNamedQuery("Score.ofCluster", Score.class).setParameter("cluster", cluster.getId()).getResultStream()
                .forEach(s -> byMember.computeIfAbsent(s.getMemberId(), m -> new HashMap<>()).put(s.getCriterionId(), s));
        return byMember;
    }

    private ClusterMember member(Cluster cluster, String unitCode) {
        return members(cluster).stream().filter(m -> m.getUnitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new UnknownRecordException(new Violation("unitCode", BUNDLE, "cluster.notMember",
                        unitCode, cluster.getName())));
    }

    private Cluster cluster(String code, int year) {
        return em.createNamedQuery("Cluster.byCode", Cluster.class).setParameter("code", code).setParameter("year", year)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRecordException(new Violation("code", BUNDLE, "cluster.unknown", code, year)));
    }

    private String actor() {
        return Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM);
    }
}
