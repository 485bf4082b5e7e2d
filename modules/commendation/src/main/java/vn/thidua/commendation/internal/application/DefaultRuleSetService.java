package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.commendation.RuleLine;
import vn.thidua.commendation.RuleSetService;
import vn.thidua.commendation.RuleSetVersion;
import vn.thidua.commendation.internal.domain.RuleRecord;
import vn.thidua.commendation.internal.domain.RuleSetRecord;
import vn.thidua.commendation.internal.rules.Parameters;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultRuleSetService implements RuleSetService {

    private static final String BUNDLE = DefaultCommendationService.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private Caller caller;

    /** What is the province's alone needs the role on the root unit. */
    @Inject private vn.thidua.organisation.UnitScope scope;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSetVersion> versions() {
        return em.createNamedQuery("RuleSetRecord.all", RuleSetRecord.class).getResultStream()
                .map(s -> new RuleSetVersion(s.getCode(), s.getName(), s.getEffectiveFrom(), s.getEffectiveTo(),
                        s.getReplacedBy())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleLine> rules(String versionCode) {
        return em.createNamedQuery("RuleRecord.allOf", RuleRecord.class).setParameter("ruleSet", version(versionCode))
                .getResultStream().map(r -> new RuleLine(r.getId(), r.getAwardCode(), r.getKey(), r.getKind().name(),
                        r.getParameters(), r.getAlternativeGroup(), r.getBasis())).toList();
    }

    @Override
    public void createVersion(String fromCode, String code, String name, LocalDate effectiveFrom,
                              Map<Long, String> parameters) {
        if (!scope.hasRoleOnRoot(java.util.Set.of(Roles.ADMIN))) {
            throw new AccessDeniedException("rule sets");
        }
        Checks checks = new Checks();
        String newCode = checks.code("code", code, true);
        String newName = checks.name("name", name);
        checks.require(effectiveFrom != null, Violation.of("effectiveFrom", "required"));
        checks.throwIfAny();
        if (!em.createNamedQuery("RuleSetRecord.byCode", RuleSetRecord.class).setParameter("code", newCode)
                .getResultList().isEmpty()) {
            throw new InvalidInputException(new Violation("code", BUNDLE, "ruleSet.codeTaken", newCode));
        }
        RuleSetRecord source = version(fromCode);
        // A replaced version is never in force again and is left as it is; the open one in force ends the day before.
        List<RuleSetRecord> open = em.createQuery("select s from RuleSetRecord s where s.effectiveTo is null"
                + " and s.replacedBy is null", RuleSetRecord.class).getResultList();
        for (RuleSetRecord current : open) {
            if (!effectiveFrom.isAfter(current.getEffectiveFrom())) {
                throw new InvalidInputException(new Violation("effectiveFrom", BUNDLE, "ruleSet.tooEarly",
                        current.getCode(), current.getEffectiveFrom()));
            }
        }
        List<RuleRecord> rules = em.createNamedQuery("RuleRecord.allOf", RuleRecord.class).setParameter("ruleSet", source)
                .getResultList();
        for (RuleRecord rule : rules) {
            String text = parameters.getOrDefault(rule.getId(), rule.getParameters());
            Parameters.problem(rule.getKind(), text).ifPresent(problem -> checks.add(
                    new Violation("parameters", BUNDLE, "ruleSet.parameters", rule.getKey(), problem)));
        }
        checks.throwIfAny();
        String actor = Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM);
        for (RuleSetRecord current : open) {
            current.endBefore(effectiveFrom);
            auditTrail.record("RuleSet", current.getId(), AuditAction.UPDATE, Map.of("effectiveTo", "open"),
                    Map.of("effectiveTo", current.getEffectiveTo()));
        }
        RuleSetRecord version = new RuleSetRecord(newCode, newName, effectiveFrom,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor);
        em.persist(version);
        Map<String, Object> changed = new LinkedHashMap<>();
        for (RuleRecord rule : rules) {
            String text = parameters.getOrDefault(rule.getId(), rule.getParameters());
            if (!text.equals(rule.getParameters())) {
                changed.put(rule.getKey(), rule.getParameters() + " -> " + text);
            }
            em.persist(rule.copyFor(version, text));
        }
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>(changed);
        after.put("code", newCode);
        after.put("copiedFrom", source.getCode());
        after.put("effectiveFrom", effectiveFrom);
        auditTrail.record("RuleSet", version.getId(), AuditAction.CREATE, null, after);
    }

    private RuleSetRecord version(String code) {
        return em.createNamedQuery("RuleSetRecord.byCode", RuleSetRecord.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownRecordException(
                        new Violation("code", BUNDLE, "ruleSet.notFound", code)));
    }
}
