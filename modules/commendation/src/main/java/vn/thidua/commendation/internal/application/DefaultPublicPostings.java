package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.PublicPostings;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.commendation.internal.domain.Nominee;
import vn.thidua.commendation.internal.domain.Posting;
import vn.thidua.commendation.internal.domain.PostingOpinion;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** Posted lists, their opinions and the office's answers. */
@ApplicationScoped
@Transactional
public class DefaultPublicPostings implements PublicPostings {

    private static final String BUNDLE = BatchAccess.BUNDLE;
    private static final Set<String> OFFICE = Set.of(Roles.SPECIALIST, Roles.ADMIN);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private BatchAccess access;
    @Inject private UnitService units;
    @Inject private AuditTrail auditTrail;
    @Inject private vn.thidua.organisation.UnitScope scope;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostedBatch> open() {
        if (!access.signedIn()) {
            throw new AccessDeniedException("postings");
        }
        Map<String, Award> catalogue = access.awards();
        // Three queries however many lists are posted (the home page of every user asks): the posted batches, their
        // nominees who passed appraisal, the units' names.
        List<Object[]> rows = em.createQuery("select b, p from NominationBatch b, Posting p where p.batchId = b.id"
                + " and b.state = :state and p.closesOn >= :today order by p.closesOn, b.id", Object[].class)
                .setParameter("state", NominationState.POSTING).setParameter("today", ProvinceClock.today()).getResultList();
        List<PostedBatch> posted = new ArrayList<>();
        if (rows.isEmpty()) {
            return posted;
        }
        List<NominationBatch> batches = rows.stream().map(row -> (NominationBatch) row[0]).toList();
        Map<Long, List<PostedNominee>> nomineesOf = new java.util.HashMap<>();
        em.createQuery("select n from Nominee n where n.batch in :batches and n.appraisal = :pass"
                        + " and n.withdrawn = false order by n.id", Nominee.class)
                .setParameter("batches", batches).setParameter("pass", Nominee.Appraisal.PASS).getResultStream()
                .forEach(n -> nomineesOf.computeIfAbsent(n.getBatch().getId(), id -> new ArrayList<>())
                        .add(new PostedNominee(n.getRecipientName(), catalogue.get(n.getAwardCode()).getName())));
        Map<String, String> unitNames = units.namesOf(batches.stream().map(NominationBatch::getUnitCode)
                .collect(java.util.stream.Collectors.toSet()));
        for (Object[] row : rows) {
            NominationBatch batch = (NominationBatch) row[0];
            Posting posting = (Posting) row[1];
            posted.add(new PostedBatch(batch.getId(), batch.getTitle(),
                    unitNames.getOrDefault(batch.getUnitCode(), batch.getUnitCode()), batch.getYear(),
                    posting.getOpenedAt().toLocalDate(), posting.getClosesOn(),
                    nomineesOf.getOrDefault(batch.getId(), List.of())));
        }
        return posted;
    }

    @Override
    public void opine(long batchId, String text) {
        if (!access.signedIn()) {
            throw new AccessDeniedException("opinion");
        }
        NominationBatch batch = access.batch(batchId);
        Posting posting = em.find(Posting.class, batchId);
        if (posting == null || batch.getState() != NominationState.POSTING || ProvinceClock.today().isAfter(posting.getClosesOn())) {
            throw new ConflictException(new Violation("opinion", BUNDLE, "posting.closed"));
        }
        String body = text == null ? "" : text.strip();
        Checks checks = new Checks();
        checks.require(body.length() >= 5, new Violation("opinion", BUNDLE, "posting.tooShort"));
        checks.require(body.length() <= 500, new Violation("opinion", BUNDLE, "posting.tooLong"));
        checks.require(!vn.thidua.platform.Texts.hasControlCharacters(body), Violation.of("opinion", "controlCharacters"));
        checks.throwIfAny();
        PostingOpinion opinion = new PostingOpinion(batchId, access.actor(), body, BatchAccess.now());
        em.persist(opinion);
        em.flush();
        auditTrail.recordIn(batch.getUnitPath(), "PostingOpinion", opinion.getId(), AuditAction.CREATE, null,
                Map.of("batchId", batchId, "body", body));
    }

    @Override
    public void answer(long opinionId, String text) {
        PostingOpinion opinion = em.find(PostingOpinion.class, opinionId);
        if (opinion == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "posting.opinionNotFound", opinionId));
        }
        NominationBatch batch = access.batch(opinion.getBatchId());
        access.requireRole(batch.getUnitPath(), OFFICE, "answer to opinion " + opinionId);
        if (opinion.getAnswer() != null) {
            throw new ConflictException(new Violation("answer", BUNDLE, "posting.alreadyAnswered"));
        }
        Checks checks = new Checks();
        String answer = checks.requiredText("answer", text, 2000);
        checks.throwIfAny();
        opinion.answer(answer, access.actor(), BatchAccess.now());
        auditTrail.recordIn(batch.getUnitPath(), "PostingOpinion", opinionId, AuditAction.UPDATE, null,
                Map.of("answer", answer));
    }

    /** The batch's posting as its page shows it (opinions to the office only), or null when never posted. */
    vn.thidua.commendation.Nominations.PostingDetails details(NominationBatch batch) {
        Posting posting = em.find(Posting.class, batch.getId());
        if (posting == null) {
            return null;
        }
        boolean office = scope.hasRoleOn(batch.getUnitPath(), Set.of(Roles.SPECIALIST, Roles.ADMIN, Roles.COUNCIL_SECRETARY,
                Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR));
        List<vn.thidua.commendation.Nominations.OpinionDetails> opinions = !office ? List.of() : em.createQuery(
                        "select o from PostingOpinion o where o.batchId = :id order by o.id", PostingOpinion.class)
                .setParameter("id", batch.getId()).getResultStream()
                .map(o -> new vn.thidua.commendation.Nominations.OpinionDetails(o.getId(), o.getAuthor(), o.getBody(), o.getPostedAt(), o.getAnswer(),
                        o.getAnsweredBy(), o.getAnsweredAt())).toList();
        return new vn.thidua.commendation.Nominations.PostingDetails(posting.getOpenedAt().toLocalDate(), posting.getClosesOn(),
                batch.getState() == NominationState.POSTING && !ProvinceClock.today().isAfter(posting.getClosesOn()), opinions,
                batch.getState() == NominationState.POSTING && scope.hasRoleOn(batch.getUnitPath(), OFFICE));
    }
}
