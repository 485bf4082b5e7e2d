package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.EligibilityQuery;
import vn.thidua.commendation.EligibilityService;
import vn.thidua.commendation.HistoryEntry;
import vn.thidua.commendation.Reexamination;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.Revocation;
import vn.thidua.commendation.RevocationInput;
import vn.thidua.commendation.Verdict;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.Commendation;
import vn.thidua.commendation.internal.domain.ReexaminationRecord;
import vn.thidua.commendation.internal.domain.RevocationRecord;
import vn.thidua.organisation.HouseholdDetails;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.Membership;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional
public class DefaultCommendationService implements CommendationService {

    static final String BUNDLE = "vn.thidua.commendation.i18n.messages";
    private static final String AUDIT_ENTITY = "Commendation";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private PersonService people;
    @Inject private UnitService units;
    @Inject private HouseholdService households;
    @Inject private EligibilityService eligibility;

    @Override
    public long record(CommendationInput input) {
        return save(input, null, true).getId();
    }

    /**
     * Records the commendation of a signed decision. The signer is not a writer of organisation data; the
     * nomination workflow has checked that they sign for this unit, so the caller's write scope is not asked.
     */
    public long recordDecided(CommendationInput input) {
        return save(input, null, false).getId();
    }

    @Override
    public long correct(long id, CommendationInput corrected) {
        Commendation old = find(id);
        if (isSuperseded(old) || isRevoked(old)) {
            throw new ConflictException(new Violation("id", BUNDLE, "commendation.notActive", id));
        }
        Commendation replacement = save(corrected, old, true);
        auditTrail.recordIn(old.getUnitPath(), AUDIT_ENTITY, old.getId(), AuditAction.CORRECT, old.auditValues(),
                Map.of("supersededBy", replacement.getId()));
        reexamineDependents(old, "SUPERSEDED");
        return replacement.getId();
    }

    /**
     * Runs every check of {@link #record} without writing: the input, the recipient, the caller's scope and the
     * duplicates among the recipient's active records and {@code alsoHeld} (earlier rows of an import file).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(CommendationInput input, List<Duplicates.Held> alsoHeld) {
        prepare(input, null, alsoHeld);
    }

    private record Prepared(Award award, Commendation.Snapshot snapshot) {
    }

    private Prepared prepare(CommendationInput input, Commendation supersedes, List<Duplicates.Held> alsoHeld) {
        return prepare(input, supersedes, alsoHeld, true);
    }

    private Prepared prepare(CommendationInput input, Commendation supersedes, List<Duplicates.Held> alsoHeld,
                             boolean checkScope) {
        Award award = validate(input);
        Commendation.Snapshot snapshot = snapshot(input);
        if (checkScope) {
            scope.checkWrite(snapshot.unitPath(), "commendation of " + input.recipientCode());
        }
        Map<String, Award> catalogue = catalogue();
        List<Duplicates.Held> held = new java.util.ArrayList<>(em.createNamedQuery("Commendation.activeOf", Commendation.class)
                .setParameter("type", input.recipientType()).setParameter("code", input.recipientCode())
                .getResultStream().filter(c -> supersedes == null || !c.getId().equals(supersedes.getId()))
                .map(c -> new Duplicates.Held(c.getId(), c.getAwardCode(), catalogue.get(c.getAwardCode()).getKind(),
                        c.getYear(), c.getType(), c.getMovementCode())).toList());
        held.addAll(alsoHeld);
        Optional<Duplicates.Held> conflict = Duplicates.conflict(held, input.awardCode(), award.getKind(), input.year(),
                input.type(), input.movementCode());
        if (conflict.isPresent() && conflict.get().id() < 0) {
            throw new ConflictException(new Violation("awardCode", BUNDLE, "import.duplicateInFile",
                    award.getName(), input.year(), -conflict.get().id()));
        }
        if (conflict.isPresent()) {
            Commendation existing = em.find(Commendation.class, conflict.get().id());
            throw new ConflictException(new Violation("awardCode", BUNDLE, "commendation.duplicate",
                    catalogue.get(existing.getAwardCode()).getName(), existing.getYear(), existing.getDecisionNumber(),
                    existing.getDecisionDate()));
        }
        return new Prepared(award, snapshot);
    }

    /** The kind of an award of the catalogue, for the duplicate rule; null when there is no such award. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.thidua.commendation.AwardKind kindOf(String awardCode) {
        Award award = catalogue().get(awardCode);
        return award == null ? null : award.getKind();
    }

    private Commendation save(CommendationInput input, Commendation supersedes, boolean checkScope) {
        // Two simultaneous duplicates must not both pass the check of prepare().
        auditTrail.serialiseWrites();
        Prepared prepared = prepare(input, supersedes, List.of(), checkScope);
        Award award = prepared.award();
        Commendation.Snapshot snapshot = prepared.snapshot();
        BigDecimal amount = RewardAmounts.amount(coefficient(input.awardCode(), input.decisionDate()),
                baseSalary(input.decisionDate()), award.getKind(), input.recipientType());
        Commendation commendation = new Commendation(input, snapshot, amount, supersedes, now(),
                Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(commendation);
        em.flush();
        auditTrail.recordIn(snapshot.unitPath(), AUDIT_ENTITY, commendation.getId(), AuditAction.CREATE, null,
                commendation.auditValues());
        return commendation;
    }

    private Award validate(CommendationInput input) {
        Checks checks = new Checks();
        checks.require(input.awardCode() != null, Violation.of("awardCode", "required"));
        checks.require(input.recipientType() != null, Violation.of("recipientType", "required"));
        checks.require(input.recipientCode() != null, Violation.of("recipientCode", "required"));
        checks.require(input.type() != null, Violation.of("type", "required"));
        checks.require(input.decisionNumber() != null, Violation.of("decisionNumber", "required"));
        checks.require(input.decisionDate() != null, Violation.of("decisionDate", "required"));
        checks.year("year", input.year());
        if (input.type() == CommendationType.CHUYEN_DE && input.movementCode() == null) {
            checks.add(new Violation("movementCode", BUNDLE, "commendation.movementRequired"));
        }
        if (input.decisionDate() != null && input.decisionDate().isAfter(ProvinceClock.today())) {
            checks.add(new Violation("decisionDate", BUNDLE, "commendation.decisionInFuture"));
        }
        Award award = input.awardCode() == null ? null : em.createNamedQuery("Award.byCode", Award.class)
                .setParameter("code", input.awardCode()).getResultStream().findFirst().orElse(null);
        if (input.awardCode() != null && award == null) {
            checks.add(new Violation("awardCode", BUNDLE, "award.unknown", input.awardCode()));
        } else if (award != null && input.recipientType() != null && !award.isFor(input.recipientType())) {
            checks.add(new Violation("recipientType", BUNDLE, "award.notFor", award.getName()));
        }
        checks.throwIfAny();
        return award;
    }

    /** The recipient's unit, its kind and the person's category as they were on the decision date. */
    private Commendation.Snapshot snapshot(CommendationInput input) {
        String code = input.recipientCode();
        return switch (input.recipientType()) {
            case PERSON -> {
                PersonDetails person = people.findByCode(code, false).orElseThrow(() -> unknown("person.unknown", code));
                Membership membership = person.memberships().stream()
                        .filter(m -> !m.validFrom().isAfter(input.decisionDate())
                                && (m.validTo() == null || !m.validTo().isBefore(input.decisionDate())))
                        .findFirst().orElse(person.memberships().get(person.memberships().size() - 1));
                UnitDetails unit = units.findByCode(membership.unitCode()).orElseThrow();
                yield new Commendation.Snapshot(unit.code(), units.pathOf(unit.code()).orElseThrow(), unit.kind().name(),
                        person.positionCategory().name());
            }
            case UNIT -> {
                UnitDetails unit = units.findByCode(code).orElseThrow(() -> unknown("unit.unknown", code));
                yield new Commendation.Snapshot(unit.code(), units.pathOf(code).orElseThrow(), unit.kind().name(), null);
            }
            case HOUSEHOLD -> {
                HouseholdDetails household = households.findByCode(code).orElseThrow(() ->
                        unknown("household.unknown", code));
                UnitDetails unit = units.findByCode(household.unitCode()).orElseThrow();
                yield new Commendation.Snapshot(unit.code(), units.pathOf(unit.code()).orElseThrow(), unit.kind().name(),
                        null);
            }
        };
    }

    @Override
    public void revoke(long id, RevocationInput input) {
        Checks checks = new Checks();
        String reason = checks.requiredText("reason", input.reason(), 10_000);
        String decisionNumber = checks.requiredText("decisionNumber", input.decisionNumber(), 128);
        checks.require(input.decisionDate() != null, Violation.of("decisionDate", "required"));
        if (input.moneyRecovered() != null && input.moneyRecovered().signum() < 0) {
            checks.add(new Violation("moneyRecovered", BUNDLE, "revocation.negative"));
        }
        checks.throwIfAny();
        Commendation commendation = find(id);
        scope.checkWrite(commendation.getUnitPath(), "commendation " + id);
        if (isRevoked(commendation)) {
            throw new ConflictException(new Violation("id", BUNDLE, "commendation.alreadyRevoked", id));
        }
        Revocation revocation = new Revocation(reason, decisionNumber, input.decisionDate(), input.itemRecovered(),
                input.moneyRecovered());
        RevocationRecord record = new RevocationRecord(commendation, revocation, now(),
                Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(record);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", reason);
        after.put("decisionNumber", decisionNumber);
        after.put("decisionDate", input.decisionDate());
        after.put("itemRecovered", input.itemRecovered());
        after.put("moneyRecovered", input.moneyRecovered());
        auditTrail.recordIn(commendation.getUnitPath(), AUDIT_ENTITY, id, AuditAction.REVOKE, commendation.auditValues(),
                after);
        reexamineDependents(commendation, "REVOKED");
    }

    /**
     * Re-evaluates the awards that may have relied on a record now revoked or superseded: the recipient's later
     * decided awards, and (for a person) the awards of their unit for the same year, whose member rules count it.
     * Those whose rules no longer hold are flagged.
     */
    private void reexamineDependents(Commendation cause, String causeKind) {
        em.flush();
        List<Commendation> candidates = new java.util.ArrayList<>(em.createNamedQuery("Commendation.activeOf",
                        Commendation.class).setParameter("type", cause.getRecipientType())
                .setParameter("code", cause.getRecipientCode()).getResultStream()
                .filter(c -> !c.getId().equals(cause.getId()) && c.getYear() >= cause.getYear()
                        && !c.getDecisionDate().isBefore(cause.getDecisionDate()))
                .toList());
        if (cause.getRecipientType() == RecipientType.PERSON) {
            candidates.addAll(em.createNamedQuery("Commendation.activeOfUnitInYear", Commendation.class)
                    .setParameter("code", cause.getUnitCode()).setParameter("year", cause.getYear()).getResultList());
        }
        for (Commendation candidate : candidates) {
            Verdict verdict = eligibility.evaluate(new EligibilityQuery(candidate.getAwardCode(), candidate.getRecipientType(),
                    candidate.getRecipientCode(), candidate.getYear(), candidate.getType(), candidate.getDecisionDate()));
            if (!verdict.notRefused()) {
                String summary = verdict.checks().stream().filter(c -> !c.passed())
                        .map(c -> c.rule() + ": " + c.message()).collect(java.util.stream.Collectors.joining("\n"));
                ReexaminationRecord flag = new ReexaminationRecord(candidate, cause, causeKind,
                        summary.length() > 10_000 ? summary.substring(0, 10_000) : summary, now(),
                        Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
                em.persist(flag);
                em.flush();
                auditTrail.recordIn(candidate.getUnitPath(), "Reexamination", flag.getId(), AuditAction.CREATE, null,
                        Map.of("commendationId", candidate.getId(), "causeId", cause.getId(), "causeKind", causeKind));
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reexamination> toReexamine() {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.readsEverything()) {
            List<String> paths = scope.readablePaths();
            if (paths.isEmpty()) {
                return List.of();
            }
            where.append(" where (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("f.unitPath like :p").append(i);
                parameters.put("p" + i, paths.get(i) + "%");
            }
            where.append(")");
        }
        var query = em.createQuery("select new vn.thidua.commendation.Reexamination(c.id, c.recipientType, c.recipientCode,"
                + " c.awardCode, c.year, c.decisionNumber, c.decisionDate, f.cause.id, f.causeKind, f.summary, f.flaggedAt)"
                + " from ReexaminationRecord f join f.commendation c" + where + " order by f.flaggedAt desc, f.id desc",
                Reexamination.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(1000).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(RecipientType type, String code) {
        String path = switch (type) {
            case PERSON -> {
                PersonDetails person = people.findByCode(code, false).orElseThrow(() -> unknown("person.unknown", code));
                Membership current = person.currentMembership() != null ? person.currentMembership()
                        : person.memberships().get(person.memberships().size() - 1);
                yield units.pathOf(current.unitCode()).orElseThrow();
            }
            case UNIT -> units.findByCode(code).flatMap(u -> units.pathOf(code)).orElseThrow(() -> unknown("unit.unknown", code));
            case HOUSEHOLD -> households.findByCode(code).flatMap(h -> units.pathOf(h.unitCode()))
                    .orElseThrow(() -> unknown("household.unknown", code));
        };
        scope.checkRead(path, "history of " + code);
        List<Commendation> found = em.createNamedQuery("Commendation.historyOf", Commendation.class)
                .setParameter("type", type).setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Commendation::getId).toList();
        Map<Long, Long> supersededBy = new HashMap<>();
        em.createNamedQuery("Commendation.supersedingOf", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> supersededBy.put((Long) row[0], (Long) row[1]));
        Map<Long, Revocation> revocations = new HashMap<>();
        em.createNamedQuery("RevocationRecord.ofAll", RevocationRecord.class).setParameter("ids", ids).getResultList()
                .forEach(r -> revocations.put(r.getCommendation().getId(), r.toRevocation()));
        Map<String, Award> catalogue = catalogue();
        return found.stream().map(c -> {
            Award award = catalogue.get(c.getAwardCode());
            return new HistoryEntry(c.getId(), c.getAwardCode(), award.getName(), award.getKind(), c.getYear(),
                    c.getType(), c.getMovementCode(), c.getDecisionNumber(), c.getDecisionDate(), c.getSigner(),
                    c.getAuthority(), revocations.containsKey(c.getId()), revocations.get(c.getId()),
                    supersededBy.get(c.getId()), c.getSupersedes() == null ? null : c.getSupersedes().getId(),
                    c.getRewardAmount());
        }).toList();
    }

    private boolean isRevoked(Commendation commendation) {
        return em.createQuery("select count(r) from RevocationRecord r where r.commendation = :c", Long.class)
                .setParameter("c", commendation).getSingleResult() > 0;
    }

    private boolean isSuperseded(Commendation commendation) {
        return em.createQuery("select count(s) from Commendation s where s.supersedes = :c", Long.class)
                .setParameter("c", commendation).getSingleResult() > 0;
    }

    private Commendation find(long id) {
        Commendation commendation = em.find(Commendation.class, id);
        if (commendation == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "commendation.notFound", id));
        }
        return commendation;
    }

    /** The whole catalogue in one query (a few dozen entries), instead of one query per record. */
    private Map<String, Award> catalogue() {
        Map<String, Award> byCode = new HashMap<>();
        em.createQuery("select a from Award a", Award.class).getResultList().forEach(a -> byCode.put(a.getCode(), a));
        return byCode;
    }

    private BigDecimal coefficient(String awardCode, LocalDate on) {
        return em.createQuery("select c.coefficient from RewardCoefficient c where c.awardCode = :code"
                        + " and c.effectiveFrom <= :on order by c.effectiveFrom desc", BigDecimal.class)
                .setParameter("code", awardCode).setParameter("on", on).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private BigDecimal baseSalary(LocalDate on) {
        return em.createQuery("select b.amount from BaseSalary b where b.effectiveFrom <= :on"
                        + " order by b.effectiveFrom desc", BigDecimal.class)
                .setParameter("on", on).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static UnknownRecordException unknown(String key, String code) {
        return new UnknownRecordException(new Violation("recipientCode", BUNDLE, key, code));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
