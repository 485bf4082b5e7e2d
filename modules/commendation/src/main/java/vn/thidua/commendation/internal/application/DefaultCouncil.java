package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.BallotResult;
import vn.thidua.commendation.Council;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.internal.domain.BallotRecord;
import vn.thidua.commendation.internal.domain.CouncilSession;
import vn.thidua.commendation.internal.domain.CouncilSetting;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.commendation.internal.domain.Nominee;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/**
 * The council's part of a batch (RULES.md §6): the session with its members' attendance and declarations, and the
 * secret ballot of each nominee counted against the quorum and threshold in force (BallotCount); the batch's page
 * reads the latest session and ballots through it.
 */
@ApplicationScoped
@Transactional
public class DefaultCouncil implements Council {

    private static final String BUNDLE = BatchAccess.BUNDLE;
    private static final Set<String> SECRETARIES = Set.of(Roles.COUNCIL_SECRETARY, Roles.ADMIN);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private BatchAccess access;
    @Inject private AuditTrail auditTrail;

    /** The batch's latest council session with its members, or null. */
    Nominations.SessionDetails latestSession(long batchId) {
        return em.createQuery("select s from CouncilSession s where s.batchId = :id order by s.id desc", CouncilSession.class)
                .setParameter("id", batchId).setMaxResults(1).getResultStream().findFirst()
                .map(s -> s.view(em.createQuery("select m from CouncilMember m where m.sessionId = :id order by m.id",
                        vn.thidua.commendation.internal.domain.CouncilMember.class).setParameter("id", s.getId())
                        .getResultList()))
                .orElse(null);
    }

    @Override
    public void recordSession(long batchId, Nominations.SessionInput input) {
        NominationBatch batch = access.batch(batchId);
        access.requireRole(batch.getUnitPath(), SECRETARIES, "council session of batch " + batchId);
        if (batch.getState() != NominationState.COUNCIL) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", DefaultNominationService.state(batch.getState())));
        }
        Checks checks = new Checks();
        checks.require(input.heldOn() != null, Violation.of("heldOn", "required"));
        if (input.heldOn() != null && input.heldOn().isAfter(ProvinceClock.today())) {
            checks.add(new Violation("heldOn", BUNDLE, "session.inFuture"));
        }
        String place = checks.requiredText("place", input.place(), 500);
        String chair = checks.requiredText("chair", input.chair(), 500);
        List<Nominations.MemberInput> members = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Nominations.MemberInput member : input.members() == null ? List.<Nominations.MemberInput>of() : input.members()) {
            if (member.name() == null || member.name().isBlank()) {
                continue;
            }
            String name = checks.name("members", member.name());
            String conflict = checks.optionalText("members", member.conflict(), 500);
            if (name != null && !names.add(vn.thidua.platform.SearchText.normalise(name))) {
                checks.add(new Violation("members", BUNDLE, "session.duplicateMember", name));
            }
            members.add(new Nominations.MemberInput(name,
                    member.attendance() == null ? Nominations.Attendance.PRESENT : member.attendance(), conflict));
        }
        checks.require(!members.isEmpty(), new Violation("members", BUNDLE, "session.noMembers"));
        checks.throwIfAny();
        CouncilSession session = new CouncilSession(batchId, input.heldOn(), place, chair, BatchAccess.now(), access.actor());
        em.persist(session);
        em.flush();
        List<vn.thidua.commendation.internal.domain.CouncilMember> rows = new ArrayList<>();
        for (Nominations.MemberInput member : members) {
            vn.thidua.commendation.internal.domain.CouncilMember row = new vn.thidua.commendation.internal.domain
                    .CouncilMember(session.getId(), member.name(), member.attendance(), member.conflict());
            em.persist(row);
            rows.add(row);
        }
        em.flush();
        Nominations.SessionDetails view = session.view(rows);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("batchId", batchId);
        after.put("heldOn", input.heldOn());
        after.put("place", place);
        after.put("chair", chair);
        after.put("members", members.size());
        after.put("present", view.present());
        after.put("writtenVotes", view.writtenVotes());
        after.put("conflicts", view.conflicts());
        auditTrail.recordIn(batch.getUnitPath(), "CouncilSession", session.getId(), AuditAction.CREATE, null, after);
    }

    @Override
    public BallotResult recordBallot(long nomineeId, BallotInput ballot) {
        Nominee nominee = access.nominee(nomineeId);
        NominationBatch batch = nominee.getBatch();
        access.requireRole(batch.getUnitPath(), SECRETARIES, "ballot on nominee " + nomineeId);
        if (batch.getState() != NominationState.COUNCIL || nominee.getAppraisal() != Nominee.Appraisal.PASS
                || nominee.isWithdrawn()) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", DefaultNominationService.state(batch.getState())));
        }
        LocalDate today = ProvinceClock.today();
        BallotCount.Fraction quorum = BallotCount.Fraction.parse(setting("QUORUM", today));
        BallotCount.Fraction threshold = BallotCount.Fraction.parse(threshold(batch, nominee.getAwardCode(), today));
        String policy = setting("COI_POLICY", today);
        BallotResult result = BallotCount.count(ballot, quorum, threshold, "EXCLUDE".equals(policy));
        BallotRecord record = new BallotRecord(nomineeId, ballot, result, policy, BatchAccess.now(), access.actor());
        em.persist(record);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("nomineeId", nomineeId);
        after.put("members", ballot.members());
        after.put("present", ballot.present());
        after.put("writtenVotes", ballot.writtenVotes());
        after.put("ballotsIssued", ballot.ballotsIssued());
        after.put("ballotsValid", ballot.ballotsValid());
        after.put("agree", ballot.agree());
        after.put("recusals", ballot.recusals());
        after.put("recused", ballot.recusedCount());
        after.put("coiPolicy", policy);
        after.put("passed", result.passed());
        auditTrail.recordIn(batch.getUnitPath(), "Ballot", record.getId(), AuditAction.CREATE, null, after);
        return result;
    }

    /** Each nominee's latest ballot (a correction is a newer record). */
    Map<Long, BallotRecord> latestBallots(List<Nominee> nominees) {
        Map<Long, BallotRecord> latest = new HashMap<>();
        if (nominees.isEmpty()) {
            return latest;
        }
        em.createQuery("select b from BallotRecord b where b.nomineeId in :ids order by b.id", BallotRecord.class)
                .setParameter("ids", nominees.stream().map(Nominee::getId).toList()).getResultList()
                .forEach(b -> latest.put(b.getNomineeId(), b));
        return latest;
    }

    Nominations.BallotDetails ballotView(BallotRecord record) {
        BallotResult result = BallotCount.count(record.input(), BallotCount.Fraction.parse(record.getQuorum()),
                BallotCount.Fraction.parse(record.getThreshold()), record.excludesRecused());
        return new Nominations.BallotDetails(record.input(), result, record.getRecordedBy(), record.getRecordedAt());
    }

    private String threshold(NominationBatch batch, String awardCode, LocalDate on) {
        List<CouncilSetting> specific = em.createNamedQuery("CouncilSetting.inForce", CouncilSetting.class)
                .setParameter("code", "PASS." + awardCode).setParameter("on", on).setMaxResults(1).getResultList();
        return specific.isEmpty() ? setting("PASS." + batch.getLevel().name(), on) : specific.get(0).getValue();
    }

    /** A council setting in force on a day (quorum, thresholds, posting days…). */
    String setting(String code, LocalDate on) {
        return em.createNamedQuery("CouncilSetting.inForce", CouncilSetting.class).setParameter("code", code)
                .setParameter("on", on).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No council setting " + code + " in force on " + on))
                .getValue();
    }
}
