package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CouncilRoster;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.commendation.internal.domain.RosterMember;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** Councils' rosters per unit and year: read by whoever reads the unit, replaced whole by its office. */
@ApplicationScoped
@Transactional
public class DefaultCouncilRoster implements CouncilRoster {

    static final String BUNDLE = BatchAccess.BUNDLE;
    private static final int MAX_MEMBERS = 60;
    private static final Set<String> EDITORS = Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.COUNCIL_SECRETARY);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private UnitService units;
    @Inject private UnitScope scope;
    @Inject private PersonService people;
    @Inject private AuditTrail auditTrail;
    @Inject private BatchAccess access;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> of(String unitCode, int year) {
        unit(unitCode);
        return em.createNamedQuery("RosterMember.of", RosterMember.class).setParameter("unit", unitCode)
                .setParameter("year", year).getResultStream().map(RosterMember::view).toList();
    }

    @Override
    public void save(String unitCode, int year, List<Member> members) {
        String path = units.pathOf(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "roster.unknownUnit", unitCode)));
        if (!scope.hasRoleOn(path, EDITORS)) {
            throw new AccessDeniedException("council roster of " + unitCode);
        }
        Checks checks = new Checks();
        checks.year("year", year);
        List<Member> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Member member : members == null ? List.<Member>of() : members) {
            String personCode = member.personCode() == null || member.personCode().isBlank() ? null
                    : checks.code("members", member.personCode().strip(), true);
            String name = member.name() == null ? "" : member.name().strip();
            if (name.isEmpty() && personCode != null) {
                java.util.Optional<PersonDetails> person = people.findByCode(personCode, false);
                if (person.isEmpty()) {
                    checks.add(new Violation("members", BUNDLE, "roster.unknownPerson", personCode));
                    continue;
                }
                name = person.get().fullName();
            }
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 500) {
                checks.add(new Violation("members", BUNDLE, "roster.nameTooLong"));
            } else if (!seen.add(vn.thidua.platform.SearchText.normalise(name))) {
                checks.add(new Violation("members", BUNDLE, "session.duplicateMember", name));
            }
            rows.add(new Member(name, member.seat() == null ? Seat.MEMBER : member.seat(), personCode));
        }
        if (rows.size() > MAX_MEMBERS) {
            checks.add(new Violation("members", BUNDLE, "roster.tooMany", MAX_MEMBERS));
        }
        checks.throwIfAny();
        List<RosterMember> before = em.createNamedQuery("RosterMember.of", RosterMember.class)
                .setParameter("unit", unitCode).setParameter("year", year).getResultList();
        List<String> was = before.stream().map(m -> line(m.view())).toList();
        before.forEach(em::remove);
        em.flush();
        OffsetDateTime now = BatchAccess.now();
        String actor = access.actor();
        for (int i = 0; i < rows.size(); i++) {
            em.persist(new RosterMember(unitCode, year, i + 1, rows.get(i), now, actor));
        }
        auditTrail.recordIn(path, "CouncilRoster", unitCode + "/" + year, AuditAction.UPDATE,
                Map.of("members", was), Map.of("members", rows.stream().map(DefaultCouncilRoster::line).toList()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> forBatch(long batchId, int year) {
        NominationBatch batch = em.find(NominationBatch.class, batchId);
        if (batch == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "nomination.notFound", batchId));
        }
        scope.checkRead(batch.getUnitPath(), "nomination batch " + batchId);
        String deciding = batch.getLevel() == AwardLevel.UNIT ? batch.getUnitCode()
                : units.rootUnit().map(UnitDetails::code).orElse(batch.getUnitCode());
        return em.createNamedQuery("RosterMember.of", RosterMember.class).setParameter("unit", deciding)
                .setParameter("year", year).getResultStream().map(RosterMember::view).toList();
    }

    private void unit(String unitCode) {
        String path = units.pathOf(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "roster.unknownUnit", unitCode)));
        scope.checkRead(path, "council roster of " + unitCode);
    }

    private static String line(Member member) {
        return member.seat() + ": " + member.name() + (member.personCode() == null ? "" : " (" + member.personCode() + ")");
    }
}
