package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.LegalBasis;
import vn.thidua.commendation.LegalBasisService;
import vn.thidua.commendation.RuleSetService;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.BaseSalary;
import vn.thidua.commendation.internal.domain.Commendation;
import vn.thidua.commendation.internal.domain.ReexaminationRecord;
import vn.thidua.commendation.internal.domain.RewardCoefficient;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/**
 * The dated facts behind verdicts and money. A base salary is added as a new row after the newest one (a decree
 * published late, like Decree 161/2026 for 01/07/2026, takes effect in the past); then every record decided from
 * its date is checked: where the amount paid differs from the amount due, the record is listed on
 * <em>Khen thưởng cần xem xét lại</em> with both amounts. Nothing already recorded is changed.
 */
@ApplicationScoped
@Transactional
public class DefaultLegalBasisService implements LegalBasisService {

    static final String AMOUNT = "AMOUNT";
    private static final String BUNDLE = DefaultCommendationService.BUNDLE;
    private static final BigDecimal MAX_SALARY = BigDecimal.valueOf(1_000_000_000L);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private RuleSetService ruleSets;
    @Inject private AuditTrail auditTrail;
    @Inject private Caller caller;
    @Inject private vn.thidua.organisation.UnitScope scope;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LegalBasis current() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select a from Award a", Award.class).getResultList().forEach(a -> names.put(a.getCode(), a.getName()));
        List<LegalBasis.Coefficient> coefficients = em.createQuery("select c from RewardCoefficient c"
                        + " order by c.awardCode, c.effectiveFrom", RewardCoefficient.class).getResultStream()
                .map(c -> new LegalBasis.Coefficient(c.getAwardCode(), names.getOrDefault(c.getAwardCode(), c.getAwardCode()),
                        c.getEffectiveFrom(), c.getCoefficient(), c.getBasis())).toList();
        return new LegalBasis(ruleSets.versions(), coefficients, salaries().stream()
                .map(b -> new LegalBasis.BaseSalaryRow(b.getEffectiveFrom(), b.getAmount(), b.getBasis())).toList());
    }

    private List<BaseSalary> salaries() {
        return em.createQuery("select b from BaseSalary b order by b.effectiveFrom", BaseSalary.class).getResultList();
    }

    @Override
    public int addBaseSalary(LocalDate effectiveFrom, BigDecimal amount, String basis) {
        if (!scope.hasRoleOnRoot(Set.of(Roles.ADMIN))) {
            throw new AccessDeniedException("base salary");
        }
        Checks checks = new Checks();
        checks.require(effectiveFrom != null, Violation.of("effectiveFrom", "required"));
        checks.require(amount != null, Violation.of("amount", "required"));
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_SALARY) > 0 || amount.scale() > 0
                && amount.stripTrailingZeros().scale() > 0)) {
            checks.add(new Violation("amount", BUNDLE, "baseSalary.amount"));
        }
        String text = checks.requiredText("basis", basis, 500);
        checks.throwIfAny();
        auditTrail.serialiseWrites();
        BaseSalary newest = salaries().stream().max(Comparator.comparing(BaseSalary::getEffectiveFrom)).orElse(null);
        if (newest != null && !effectiveFrom.isAfter(newest.getEffectiveFrom())) {
            throw new InvalidInputException(new Violation("effectiveFrom", BUNDLE, "baseSalary.tooEarly",
                    DAY.format(newest.getEffectiveFrom())));
        }
        BaseSalary row = new BaseSalary(effectiveFrom, amount.setScale(0, java.math.RoundingMode.UNNECESSARY), text);
        em.persist(row);
        em.flush();
        auditTrail.record("BaseSalary", row.getId(), AuditAction.CREATE, null,
                Map.of("effectiveFrom", effectiveFrom, "amount", row.getAmount(), "basis", text));
        return review(effectiveFrom, Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
    }

    @Override
    public int reviewAmounts(LocalDate from) {
        auditTrail.serialiseWrites();
        // Run at start, outside any request: the flags are the system's.
        return review(from, AuditTrail.SYSTEM);
    }

    private int review(LocalDate from, String actor) {
        Map<String, AwardKind> kinds = new HashMap<>();
        em.createQuery("select a from Award a", Award.class).getResultList().forEach(a -> kinds.put(a.getCode(), a.getKind()));
        List<RewardCoefficient> coefficients = em.createQuery("select c from RewardCoefficient c", RewardCoefficient.class)
                .getResultList();
        List<BaseSalary> salaries = salaries();
        Set<String> flagged = new HashSet<>();
        em.createQuery("select r.commendation.id, r.summary from ReexaminationRecord r where r.causeKind = :kind",
                Object[].class).setParameter("kind", AMOUNT).getResultList()
                .forEach(row -> flagged.add(row[0] + "|" + row[1]));
        int count = 0;
        for (int first = 0; ; first += PAGE) {
            // The columns the amount needs, a thousand records at a time (this runs at every start): an entity is
            // read only for the few that are flagged.
            List<Object[]> page = em.createQuery("select c.id, c.awardCode, c.recipientType, c.decisionDate,"
                            + " c.rewardAmount from Commendation c where c.decisionDate >= :from"
                            + " and c.rewardAmount is not null order by c.id", Object[].class)
                    .setParameter("from", from).setFirstResult(first).setMaxResults(PAGE).getResultList();
            for (Object[] row : page) {
                long id = (Long) row[0];
                String awardCode = (String) row[1];
                LocalDate decided = (LocalDate) row[3];
                BigDecimal paid = (BigDecimal) row[4];
                RewardCoefficient coefficient = inForce(coefficients.stream()
                        .filter(k -> k.getAwardCode().equals(awardCode)).toList(), decided, RewardCoefficient::getEffectiveFrom);
                BaseSalary salary = inForce(salaries, decided, BaseSalary::getEffectiveFrom);
                if (coefficient == null || salary == null) {
                    continue;
                }
                BigDecimal due = RewardAmounts.amount(coefficient.getCoefficient(), salary.getAmount(),
                        kinds.get(awardCode), (vn.thidua.commendation.RecipientType) row[2]);
                if (due == null || due.compareTo(paid) == 0) {
                    continue;
                }
                String summary = new Violation("amount", BUNDLE, "reexamine.amountSummary", money(paid),
                        money(due), coefficient.getCoefficient().stripTrailingZeros().toPlainString().replace('.', ','),
                        money(salary.getAmount()), DAY.format(salary.getEffectiveFrom()), salary.getBasis())
                        .message(java.util.Locale.forLanguageTag("vi"));
                if (!flagged.add(id + "|" + summary)) {
                    continue;
                }
                Commendation c = em.find(Commendation.class, id);
                ReexaminationRecord flag = new ReexaminationRecord(c, c, AMOUNT, summary,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor);
                em.persist(flag);
                em.flush();
                auditTrail.recordIn(c.getUnitPath(), "Reexamination", flag.getId(), AuditAction.CREATE, null,
                        Map.of("commendationId", id, "causeKind", AMOUNT, "paid", paid, "due", due));
                count++;
            }
            if (page.size() < PAGE) {
                return count;
            }
        }
    }

    private static <T> T inForce(List<T> rows, LocalDate on, java.util.function.Function<T, LocalDate> from) {
        return rows.stream().filter(r -> !from.apply(r).isAfter(on)).max(Comparator.comparing(from)).orElse(null);
    }

    private static String money(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(java.util.Locale.forLanguageTag("vi"));
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}
