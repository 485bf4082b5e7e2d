package vn.thidua.commendation.internal.application;

import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.EligibilityQuery;
import vn.thidua.commendation.EligibilityService;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.Verdict;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.BallotRecord;
import vn.thidua.commendation.internal.domain.DecisionRecord;
import vn.thidua.commendation.internal.domain.DossierFile;
import vn.thidua.commendation.internal.domain.DossierRequirement;
import vn.thidua.commendation.internal.domain.Holiday;
import vn.thidua.commendation.internal.domain.Posting;
import vn.thidua.commendation.internal.domain.Timetable;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.commendation.internal.domain.NominationEvent;
import vn.thidua.commendation.internal.domain.Nominee;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultNominationService implements NominationService {

    private static final String BUNDLE = DefaultCommendationService.BUNDLE;
    private static final Set<String> UNIT_SIDE = Set.of(Roles.UNIT_OFFICER, Roles.SPECIALIST, Roles.ADMIN);
    private static final Set<String> OFFICE = Set.of(Roles.SPECIALIST, Roles.ADMIN);
    private static final Set<String> SECRETARIES = Set.of(Roles.COUNCIL_SECRETARY, Roles.ADMIN);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitScope scope;
    @Inject private vn.thidua.commendation.WorkingCalendar calendar;
    @Inject private vn.thidua.platform.notices.Notifications notices;
    @Inject private DefaultCouncil council;
    @Inject private BatchAccess access;
    @Inject private DefaultPublicPostings postings;
    @Inject private Caller caller;
    @Inject private UnitService units;
    @Inject private PersonService people;
    @Inject private HouseholdService households;
    @Inject private EligibilityService eligibility;
    @Inject private DefaultCommendationService commendations;
    @Inject private vn.thidua.organisation.AccountService accounts;


    @Inject private RegistrationService registrations;

    @Override
    public long create(Nominations.BatchInput input) {
        Checks checks = new Checks();
        String title = checks.requiredText("title", input.title(), 500);
        String unitCode = checks.code("unitCode", input.unitCode(), true);
        checks.year("year", input.year());
        checks.require(input.type() != null, Violation.of("type", "required"));
        checks.require(input.level() != null, Violation.of("level", "required"));
        String movement = checks.code("movementCode", input.movementCode(), false);
        if (input.type() == CommendationType.CHUYEN_DE && movement == null) {
            checks.add(new Violation("movementCode", BUNDLE, "commendation.movementRequired"));
        }
        checks.throwIfAny();
        UnitDetails unit = units.findByCode(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "unit.unknown", unitCode)));
        String path = units.pathOf(unitCode).orElseThrow();
        requireRole(path, UNIT_SIDE, "nomination batch of " + unitCode);
        NominationBatch batch = new NominationBatch(title, unit.code(), path, input.year(), input.type(), movement,
                input.level(), now(), actor());
        em.persist(batch);
        em.flush();
        auditTrail.recordIn(path, "NominationBatch", batch.getId(), AuditAction.CREATE, null, batch.auditValues());
        return batch.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Nominations.BatchDetails find(long id) {
        NominationBatch batch = batch(id);
        scope.checkRead(batch.getUnitPath(), "nomination batch " + id);
        Map<String, Award> catalogue = catalogue();
        List<Nominee> nominees = em.createNamedQuery("Nominee.ofBatch", Nominee.class).setParameter("batch", batch)
                .getResultList();
        Map<Long, BallotRecord> ballots = council.latestBallots(nominees);
        boolean live = !batch.getState().isFinal();
        List<Nominations.FileDetails> files = em.createQuery("select f from DossierFile f where f.batchId = :id order by f.id",
                DossierFile.class).setParameter("id", id).getResultStream().map(DefaultNominationService::fileView).toList();
        Map<Long, List<Nominations.Part>> required = requiredParts(nominees);
        List<Nominations.NomineeDetails> views = new ArrayList<>();
        for (Nominee n : nominees) {
            Verdict current = live && !n.isWithdrawn() ? verdict(batch, n) : null;
            BallotRecord ballot = ballots.get(n.getId());
            views.add(new Nominations.NomineeDetails(n.getId(), n.getRecipientType(), n.getRecipientCode(),
                    n.getRecipientName(), n.getAwardCode(), catalogue.get(n.getAwardCode()).getName(), n.isWithdrawn(),
                    current, n.getSubmittedEligible(), n.getSubmittedOutcome(), n.getSubmittedRuleSet(), n.getSubmittedVerdict(),
                    n.getOverrideReason(), n.getOverrideBy(), n.getAppraisal() == null ? null : n.getAppraisal().name(),
                    n.getAppraisalReason(), ballot == null ? null : council.ballotView(ballot), n.getCommendationId(),
                    required.get(n.getId()), missingOf(n, required.get(n.getId()), files),
                    live && !n.isWithdrawn() && unregistered(batch, n), n.getPermissionRequest(),
                    n.getPermissionRequestedBy()));
        }
        List<Nominations.EventDetails> events = em.createQuery("select e from NominationEvent e where e.batchId = :id"
                        + " order by e.actedAt, e.id", NominationEvent.class).setParameter("id", id).getResultStream()
                .map(e -> new Nominations.EventDetails(e.getAction(), e.getFromState(), e.getToState(), e.getActor(),
                        e.getActedAt(), e.getComment())).toList();
        Nominations.DecisionDetails decision = em.createQuery("select d from DecisionRecord d where d.batchId = :id",
                DecisionRecord.class).setParameter("id", id).getResultStream().findFirst()
                .map(DecisionRecord::view).orElse(null);
        String path = batch.getUnitPath();
        List<NominationAction> actions = Workflow.available(batch.getState(), role -> scope.hasRoleOn(path, Set.of(role)),
                central(batch));
        boolean editable = batch.getState() == NominationState.DRAFT || batch.getState() == NominationState.RETURNED;
        String unitName = units.findByCode(batch.getUnitCode()).map(UnitDetails::name).orElse(batch.getUnitCode());
        return new Nominations.BatchDetails(summary(batch), unitName, views, events, files, decision, actions,
                editable && scope.hasRoleOn(path, UNIT_SIDE),
                live && batch.getState().ordinal() <= NominationState.RECEIVED.ordinal()
                        && scope.hasRoleOn(path, Set.of(Roles.SPECIALIST)),
                batch.getState() == NominationState.RECEIVED && scope.hasRoleOn(path, OFFICE),
                batch.getState() == NominationState.COUNCIL && scope.hasRoleOn(path, SECRETARIES),
                live && scope.hasRoleOn(path, Set.of(Roles.UNIT_OFFICER, Roles.SPECIALIST, Roles.ADMIN,
                        Roles.COUNCIL_SECRETARY)),
                missingParts(batch, files), postings.details(batch), council.latestSession(batch.getId()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Nominations.BatchSummary> list(boolean actionable, int max) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.readsEverything()) {
            List<String> paths = scope.readablePaths();
            if (paths.isEmpty()) {
                return List.of();
            }
            where.append(" and (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("b.unitPath like :p").append(i);
                parameters.put("p" + i, paths.get(i) + "%");
            }
            where.append(")");
        }
        if (actionable) {
            where.append(" and b.state not in :final");
            parameters.put("final", List.of(NominationState.DECIDED, NominationState.REJECTED));
        }
        var query = em.createQuery("select b from NominationBatch b" + where + " order by b.id desc",
                NominationBatch.class);
        parameters.forEach(query::setParameter);
        return summaries(query.setMaxResults(actionable ? max * 4 : max).getResultStream()
                .filter(b -> !actionable || !Workflow.available(b.getState(),
                        role -> scope.hasRoleOn(b.getUnitPath(), Set.of(role)), central(b)).isEmpty())
                .limit(max).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Nominations.StateAge> ages(String unitCode) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (unitCode != null && !unitCode.isBlank()) {
            String path = units.pathOf(unitCode.strip()).orElseThrow(() -> new UnknownRecordException(
                    new Violation("unitCode", BUNDLE, "unit.unknown", unitCode)));
            scope.checkRead(path, "nominations of " + unitCode);
            where.append(" and b.unitPath like :subtree");
            parameters.put("subtree", path + "%");
        }
        if (!scope.readsEverything()) {
            List<String> paths = scope.readablePaths();
            if (paths.isEmpty()) {
                return List.of();
            }
            where.append(" and (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("b.unitPath like :p").append(i);
                parameters.put("p" + i, paths.get(i) + "%");
            }
            where.append(")");
        }
        OffsetDateTime now = now();
        Map<NominationState, long[]> counts = new java.util.EnumMap<>(NominationState.class);
        String[] windows = {" and b.createdAt >= :since", " and b.createdAt < :until and b.createdAt >= :since",
            " and b.createdAt < :until"};
        OffsetDateTime[][] bounds = {{now.minusDays(7), null}, {now.minusDays(30), now.minusDays(7)},
            {null, now.minusDays(30)}};
        for (int w = 0; w < windows.length; w++) {
            var query = em.createQuery("select b.state, count(b) from NominationBatch b" + where + windows[w]
                    + " group by b.state", Object[].class);
            parameters.forEach(query::setParameter);
            if (bounds[w][0] != null) {
                query.setParameter("since", bounds[w][0]);
            }
            if (bounds[w][1] != null) {
                query.setParameter("until", bounds[w][1]);
            }
            for (Object[] row : query.getResultList()) {
                counts.computeIfAbsent((NominationState) row[0], s -> new long[3])[w] = ((Number) row[1]).longValue();
            }
        }
        List<Nominations.StateAge> ages = new ArrayList<>();
        counts.forEach((state, c) -> ages.add(new Nominations.StateAge(state, c[0], c[1], c[2])));
        return ages;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Nominations.BatchSummary> ofMovement(String movementCode, int max) {
        return summaries(em.createQuery("select b from NominationBatch b where b.movementCode = :movement order by b.id desc",
                        NominationBatch.class).setParameter("movement", movementCode).setMaxResults(max * 4)
                .getResultStream().filter(b -> scope.canRead(b.getUnitPath())).limit(max).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Nominations.BatchDetails> ofUnit(String unitCode, int year) {
        String path = units.pathOf(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "unit.unknown", unitCode)));
        scope.checkRead(path, "nominations of " + unitCode);
        return em.createQuery("select b.id, b.unitPath from NominationBatch b where b.unitCode = :unit and b.year = :year"
                        + " order by b.id", Object[].class).setParameter("unit", unitCode).setParameter("year", year)
                .getResultStream().filter(row -> scope.canRead((String) row[1])).map(row -> find((Long) row[0])).toList();
    }

    @Override
    public long addNominee(long batchId, RecipientType type, String code, String awardCode) {
        NominationBatch batch = editable(batchId);
        Checks checks = new Checks();
        checks.require(type != null, Violation.of("recipientType", "required"));
        String recipient = checks.code("recipientCode", code, true);
        String award = checks.code("awardCode", awardCode, true);
        checks.throwIfAny();
        Award entry = catalogue().get(award);
        if (entry == null) {
            throw new InvalidInputException(new Violation("awardCode", BUNDLE, "award.unknown", award));
        }
        if (!entry.isFor(type)) {
            throw new InvalidInputException(new Violation("awardCode", BUNDLE, "award.notFor", entry.getName()));
        }
        if (entry.getLevel() != batch.getLevel()) {
            throw new InvalidInputException(new Violation("awardCode", BUNDLE, "nomination.levelMismatch",
                    entry.getName(), batch.getLevel().name()));
        }
        String name = recipientName(type, recipient);
        boolean already = em.createNamedQuery("Nominee.ofBatch", Nominee.class).setParameter("batch", batch)
                .getResultStream().anyMatch(n -> !n.isWithdrawn() && n.getRecipientType() == type
                        && n.getRecipientCode().equals(recipient) && n.getAwardCode().equals(award));
        if (already) {
            throw new ConflictException(new Violation("recipientCode", BUNDLE, "nomination.alreadyNominated", name,
                    entry.getName()));
        }
        Nominee nominee = new Nominee(batch, type, recipient, name, recipientCategory(type, recipient), award, now(),
                actor());
        em.persist(nominee);
        em.flush();
        auditTrail.recordIn(batch.getUnitPath(), "Nominee", nominee.getId(), AuditAction.CREATE, null,
                nominee.auditValues());
        return nominee.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long batchOfNominee(long nomineeId) {
        NominationBatch batch = nominee(nomineeId).getBatch();
        scope.checkRead(batch.getUnitPath(), "nomination batch " + batch.getId());
        return batch.getId();
    }

    @Override
    public void withdrawNominee(long nomineeId) {
        Nominee nominee = nominee(nomineeId);
        editable(nominee.getBatch().getId());
        Map<String, Object> before = nominee.auditValues();
        nominee.withdraw();
        auditTrail.recordIn(nominee.getBatch().getUnitPath(), "Nominee", nomineeId, AuditAction.UPDATE, before,
                nominee.auditValues());
    }

    @Override
    public void override(long nomineeId, String reason) {
        Nominee nominee = nominee(nomineeId);
        NominationBatch batch = nominee.getBatch();
        requireRole(batch.getUnitPath(), Set.of(Roles.SPECIALIST), "override of nominee " + nomineeId);
        if (batch.getState().isFinal() || batch.getState().ordinal() > NominationState.RECEIVED.ordinal()) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", state(batch.getState())));
        }
        Checks checks = new Checks();
        String text = checks.requiredText("reason", reason, 2000);
        checks.require(text == null || text.length() >= 10, new Violation("reason", BUNDLE, "nomination.reasonTooShort"));
        checks.throwIfAny();
        Map<String, Object> before = nominee.auditValues();
        nominee.override(text, actor());
        auditTrail.recordIn(batch.getUnitPath(), "Nominee", nomineeId, AuditAction.UPDATE, before, nominee.auditValues());
    }

    @Override
    public void requestPermission(long nomineeId, String reason) {
        Nominee nominee = nominee(nomineeId);
        NominationBatch batch = editable(nominee.getBatch().getId());
        if (nominee.isWithdrawn() || nominee.getOverrideReason() != null || verdict(batch, nominee).notRefused()) {
            throw new ConflictException(new Violation("reason", BUNDLE, "permission.notNeeded", nominee.getRecipientName()));
        }
        Checks checks = new Checks();
        String text = checks.requiredText("reason", reason, 2000);
        checks.require(text == null || text.length() >= 10, new Violation("reason", BUNDLE, "nomination.reasonTooShort"));
        checks.throwIfAny();
        Map<String, Object> before = nominee.auditValues();
        nominee.requestPermission(text, actor(), now());
        auditTrail.recordIn(batch.getUnitPath(), "Nominee", nomineeId, AuditAction.UPDATE, before, nominee.auditValues());
        Award award = catalogue().get(nominee.getAwardCode());
        String message = new Violation("batch", BUNDLE, "notification.permission", actor(), nominee.getRecipientName(),
                award == null ? nominee.getAwardCode() : award.getName(), batch.getTitle(), text)
                .message(java.util.Locale.forLanguageTag("vi"));
        Set<String> specialists = new java.util.TreeSet<>(accounts.holdersOf(batch.getUnitPath(), Set.of(Roles.SPECIALIST)));
        specialists.remove(actor());
        tell(specialists, batch.getId(), message);
    }

    @Override
    public NominationState act(long batchId, long expectedVersion, NominationAction action, String comment) {
        NominationBatch batch = batch(batchId);
        if (batch.getVersion() != expectedVersion) {
            throw new StaleVersionException("nomination batch " + batchId);
        }
        requireRole(batch.getUnitPath(), roleSet(action, central(batch)), action + " of batch " + batchId);
        List<Nominee> active = em.createNamedQuery("Nominee.ofBatch", Nominee.class).setParameter("batch", batch)
                .getResultStream().filter(n -> !n.isWithdrawn()).toList();
        NominationState target = Workflow.target(batch.getState(), action, needsPosting(active), central(batch)).orElseThrow(() ->
                new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", state(batch.getState()))));
        Checks checks = new Checks();
        String text = checks.optionalText("comment", comment, 2000);
        checks.require(!Workflow.needsComment(action) || text != null,
                new Violation("comment", BUNDLE, "nomination.reasonRequired"));
        checks.throwIfAny();
        switch (action) {
            case SUBMIT -> submit(batch, active);
            case APPRAISE -> requireAll(active, n -> n.getAppraisal() != null, "nomination.notAppraised");
            case CLOSE_COUNCIL -> {
                Map<Long, BallotRecord> ballots = council.latestBallots(active);
                requireAll(active, n -> n.getAppraisal() != Nominee.Appraisal.PASS || ballots.containsKey(n.getId()),
                        "nomination.noBallot");
            }
            case SIGN -> throw new ConflictException(new Violation("state", BUNDLE, "nomination.signOnSignPage"));
            case CLOSE_POSTING -> {
                Posting posting = em.find(Posting.class, batchId);
                if (posting != null && !ProvinceClock.today().isAfter(posting.getClosesOn())) {
                    throw new ConflictException(new Violation("state", BUNDLE, "posting.stillOpen", posting.getClosesOn()));
                }
            }
            default -> {
            }
        }
        transition(batch, action, target, text);
        if (target == NominationState.POSTING && em.find(Posting.class, batchId) == null) {
            int days = Integer.parseInt(council.setting("POSTING_DAYS", ProvinceClock.today()));
            LocalDate closes = WorkingDays.after(ProvinceClock.today(), days, calendar.daysOffFrom(ProvinceClock.today().minusDays(1)));
            em.persist(new Posting(batchId, now(), actor(), closes));
            auditTrail.recordIn(batch.getUnitPath(), "Posting", batchId, AuditAction.CREATE, null,
                    Map.of("closesOn", closes, "workingDays", days));
        }
        return target;
    }

    private void submit(NominationBatch batch, List<Nominee> active) {
        if (active.isEmpty()) {
            throw new InvalidInputException(new Violation("nominees", BUNDLE, "nomination.empty"));
        }
        List<Nominations.FileDetails> files = em.createQuery("select f from DossierFile f where f.batchId = :id",
                DossierFile.class).setParameter("id", batch.getId()).getResultStream()
                .map(DefaultNominationService::fileView).toList();
        List<Nominations.Part> missing = missingParts(batch, files);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(new Violation("files", BUNDLE, "nomination.missingParts",
                    missing.stream().map(p -> partName(p)).collect(Collectors.joining(", "))));
        }
        Map<Long, List<Nominations.Part>> required = requiredParts(active);
        List<String> lacking = active.stream().filter(n -> !missingOf(n, required.get(n.getId()), files).isEmpty())
                .map(n -> n.getRecipientName() + ": " + missingOf(n, required.get(n.getId()), files).stream()
                        .map(DefaultNominationService::partName).collect(Collectors.joining(", "))).toList();
        if (!lacking.isEmpty()) {
            throw new InvalidInputException(new Violation("files", BUNDLE, "nomination.missingParts",
                    String.join("; ", lacking)));
        }
        List<String> blocked = new ArrayList<>();
        Map<String, Award> awards = catalogue();
        for (Nominee nominee : active) {
            Verdict verdict = verdict(batch, nominee);
            nominee.freeze(verdict.eligible(), verdict.verdict().name(), verdict.ruleSetVersion(), verdict.checks().stream()
                    .map(c -> (c.passed() ? "✓ " : "✗ ") + c.message() + " — " + c.basis())
                    .collect(Collectors.joining("\n")));
            // A MANUAL nominee is not blocked: the office appraises it; only a refusal needs the specialist's leave.
            if (!verdict.notRefused() && nominee.getOverrideReason() == null) {
                Award award = awards.get(nominee.getAwardCode());
                blocked.add(nominee.getRecipientName() + " (" + (award == null ? nominee.getAwardCode() : award.getName())
                        + ")");
            }
        }
        if (!blocked.isEmpty()) {
            throw new InvalidInputException(new Violation("nominees", BUNDLE, "nomination.blocked",
                    String.join(", ", blocked)));
        }
        if (Boolean.parseBoolean(council.setting("REGISTRATION_REQUIRED", ProvinceClock.today()))) {
            List<String> unregistered = active.stream().filter(n -> unregistered(batch, n))
                    .map(n -> n.getRecipientName() + " (" + n.getAwardCode() + ")").toList();
            if (!unregistered.isEmpty()) {
                throw new InvalidInputException(new Violation("nominees", BUNDLE, "nomination.unregistered",
                        batch.getYear(), String.join(", ", unregistered)));
            }
        }
    }

    /**
     * True when the nominee is proposed for an annual emulation title of the regular kind and registered for no title
     * of that year (in a registration submitted or received): a warning, or a refusal where the province requires it.
     */
    private boolean unregistered(NominationBatch batch, Nominee n) {
        if (batch.getType() != CommendationType.THUONG_XUYEN || n.getRecipientType() == RecipientType.HOUSEHOLD) {
            return false;
        }
        boolean collective = n.getRecipientType() == RecipientType.UNIT;
        java.util.Set<String> titles = collective ? Registrations.COLLECTIVE_TITLES : Registrations.PERSON_TITLES;
        return titles.contains(n.getAwardCode())
                && registrations.registeredTitles(collective, n.getRecipientCode(), batch.getYear()).isEmpty();
    }

    @Override
    public void appraise(long nomineeId, boolean pass, String reason) {
        Nominee nominee = nominee(nomineeId);
        NominationBatch batch = nominee.getBatch();
        requireRole(batch.getUnitPath(), OFFICE, "appraisal of nominee " + nomineeId);
        if (batch.getState() != NominationState.RECEIVED || nominee.isWithdrawn()) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", state(batch.getState())));
        }
        Checks checks = new Checks();
        String text = checks.optionalText("reason", reason, 2000);
        // Duplicates and caps are checked again now, against the records as they are today.
        Verdict current = verdict(batch, nominee);
        String failed = current.checks().stream().filter(c -> !c.passed()).map(Verdict.VerdictCheck::message)
                .collect(Collectors.joining("; "));
        checks.require(pass || text != null, new Violation("reason", BUNDLE, "nomination.reasonRequired"));
        checks.require(!pass || current.notRefused() || nominee.getOverrideReason() != null,
                new Violation("reason", BUNDLE, "nomination.failsNow", failed));
        checks.throwIfAny();
        Map<String, Object> before = nominee.auditValues();
        nominee.appraise(pass ? Nominee.Appraisal.PASS : Nominee.Appraisal.FAIL, text, actor(), now());
        auditTrail.recordIn(batch.getUnitPath(), "Nominee", nomineeId, AuditAction.UPDATE, before, nominee.auditValues());
    }

    @Override
    public void sign(long batchId, long expectedVersion, Nominations.SignInput input) {
        NominationBatch batch = batch(batchId);
        if (batch.getVersion() != expectedVersion) {
            throw new StaleVersionException("nomination batch " + batchId);
        }
        requireRole(batch.getUnitPath(), roleSet(NominationAction.SIGN, central(batch)), "signature of batch " + batchId);
        NominationState target = Workflow.target(batch.getState(), NominationAction.SIGN, false, central(batch)).orElseThrow(() ->
                new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", state(batch.getState()))));
        Checks checks = new Checks();
        String number = checks.requiredText("number", input.number(), 128);
        String signer = checks.requiredText("signer", input.signer(), 500);
        String authority = checks.requiredText("authority", input.authority(), 500);
        checks.require(input.date() != null, Violation.of("date", "required"));
        if (input.date() != null && input.date().isAfter(ProvinceClock.today())) {
            checks.add(new Violation("date", BUNDLE, "commendation.decisionInFuture"));
        }
        boolean central = central(batch);
        vn.thidua.commendation.SignerPosition position = central ? null : input.position() == null
                ? vn.thidua.commendation.SignerPosition.defaultFor(authority) : input.position();
        if (position != null && authority != null
                && position.committee() != vn.thidua.commendation.SignerPosition.isCommittee(authority)) {
            checks.add(new Violation("position", BUNDLE, position.committee() ? "nomination.positionNeedsCommittee"
                    : "nomination.positionOfCommittee"));
        }
        String place = checks.optionalText("place", input.place(), 200);
        checks.throwIfAny();
        boolean taken = em.createQuery("select count(d) from DecisionRecord d where d.authority = :a and d.year = :y"
                        + " and d.number = :n", Long.class).setParameter("a", authority)
                .setParameter("y", input.date().getYear()).setParameter("n", number).getSingleResult() > 0;
        if (taken) {
            throw new ConflictException(new Violation("number", BUNDLE, "nomination.numberTaken", number, authority,
                    input.date().getYear()));
        }
        List<Nominee> active = em.createNamedQuery("Nominee.ofBatch", Nominee.class).setParameter("batch", batch)
                .getResultStream().filter(n -> !n.isWithdrawn()).toList();
        Map<Long, BallotRecord> ballots = council.latestBallots(active);
        DecisionRecord decision = new DecisionRecord(batchId, authority, number, input.date(), signer, position,
                place, actor(), now());
        em.persist(decision);
        em.flush();
        for (Nominee nominee : active) {
            BallotRecord ballot = ballots.get(nominee.getId());
            if (nominee.getAppraisal() != Nominee.Appraisal.PASS || ballot == null || !ballot.isPassed()) {
                continue;
            }
            Map<String, Object> before = nominee.auditValues();
            try {
                nominee.decided(commendations.recordDecided(new CommendationInput(nominee.getAwardCode(),
                        nominee.getRecipientType(), nominee.getRecipientCode(), batch.getYear(), batch.getType(),
                        batch.getMovementCode(), number, input.date(), signer, authority)));
            } catch (ConflictException e) {
                throw new ConflictException(new Violation("number", BUNDLE, "nomination.recordRefused",
                        nominee.getRecipientName(), e.violation().message(java.util.Locale.forLanguageTag("vi"))));
            }
            auditTrail.recordIn(batch.getUnitPath(), "Nominee", nominee.getId(), AuditAction.UPDATE, before,
                    nominee.auditValues());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("batchId", batchId);
        after.put("authority", authority);
        after.put("number", number);
        after.put("date", input.date());
        after.put("signer", signer);
        after.put("position", position);
        after.put("place", place);
        auditTrail.recordIn(batch.getUnitPath(), "Decision", decision.getId(), AuditAction.CREATE, null, after);
        transition(batch, NominationAction.SIGN, target, number);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Nominations.SigningDefaults signingDefaults(long batchId) {
        NominationBatch batch = batch(batchId);
        requireRole(batch.getUnitPath(), roleSet(NominationAction.SIGN, central(batch)), "signature of batch " + batchId);
        String signer = accounts.ownDisplayName().orElse(null);
        if (central(batch)) {
            // The State's decision is recorded as it was issued: nothing here knows its authority or signer.
            return new Nominations.SigningDefaults(null, null, null, null);
        }
        java.util.Optional<UnitDetails> province = units.rootUnit();
        UnitDetails deciding = batch.getLevel() == vn.thidua.commendation.AwardLevel.UNIT
                ? units.findByCode(batch.getUnitCode()).orElse(null) : province.orElse(null);
        if (deciding == null) {
            return new Nominations.SigningDefaults(null, null, signer, null);
        }
        String authority = DecidingAuthority.name(deciding);
        return new Nominations.SigningDefaults(authority, DecidingAuthority.place(deciding, province.orElse(null)), signer,
                vn.thidua.commendation.SignerPosition.defaultFor(authority));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> batchesOf(java.util.Collection<Long> commendationIds) {
        Map<Long, Long> batches = new HashMap<>();
        if (!commendationIds.isEmpty()) {
            em.createQuery("select n.commendationId, n.batch.id from Nominee n where n.commendationId in :ids",
                    Object[].class).setParameter("ids", commendationIds).getResultList()
                    .forEach(row -> batches.put((Long) row[0], (Long) row[1]));
        }
        return batches;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /**
     * Tells who acts next (the holders of the roles of the actions available in the new state, on the batch's unit
     * or above) and, when the batch comes back or ends, its creator; never the actor.
     */
    private void notify(NominationBatch batch, NominationState target) {
        Set<String> roles = new java.util.HashSet<>();
        for (NominationAction next : NominationAction.values()) {
            if (Workflow.target(target, next, false, central(batch)).isPresent()
                    || Workflow.target(target, next, true, central(batch)).isPresent()) {
                roles.addAll(roleSet(next, central(batch)));
            }
        }
        roles.remove(Roles.ADMIN);
        Set<String> recipients = new java.util.TreeSet<>(accounts.holdersOf(batch.getUnitPath(), roles));
        if (target == NominationState.RETURNED || target.isFinal()) {
            recipients.add(batch.getCreatedBy());
        }
        recipients.remove(actor());
        tell(recipients, batch.getId(), new Violation("batch", BUNDLE, "notification.moved", batch.getTitle(), state(target),
                actor()).message(java.util.Locale.forLanguageTag("vi")));
    }

    /** A notice about the batch in each recipient's bell (and mail), linking to the batch's page. */
    private void tell(Set<String> recipients, long batchId, String message) {
        notices.tell(recipients, topic(batchId), "/commendation/nomination.xhtml?id=" + batchId, message,
                new Violation("batch", BUNDLE, "notification.mailFooter", batchId)
                        .message(java.util.Locale.forLanguageTag("vi")));
    }

    private static String topic(long batchId) {
        return "nomination-batch:" + batchId;
    }

    private void transition(NominationBatch batch, NominationAction action, NominationState target, String comment) {
        Map<String, Object> before = batch.auditValues();
        NominationState from = batch.getState();
        batch.moveTo(target);
        em.persist(new NominationEvent(batch.getId(), action, from, target, actor(), now(), comment));
        em.flush();
        Map<String, Object> after = batch.auditValues();
        after.put("action", action);
        after.put("comment", comment);
        auditTrail.recordIn(batch.getUnitPath(), "NominationBatch", batch.getId(), AuditAction.UPDATE, before, after);
        // What the earlier step asked of its readers is done or taken by someone else: only the new step waits.
        notices.settle(topic(batch.getId()));
        notify(batch, target);
    }

    /** State-level proposals go to the central level after the chairman's signature. */
    private static boolean central(NominationBatch batch) {
        return batch.getLevel() == AwardLevel.STATE;
    }

    private static Set<String> roleSet(NominationAction action, boolean stateLevel) {
        Set<String> roles = new java.util.HashSet<>();
        for (String role : List.of(Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
                Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION)) {
            if (Workflow.mayTake(action, role::equals, stateLevel)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private void requireRole(String path, Set<String> roles, String what) {
        access.requireRole(path, roles, what);
    }

    private NominationBatch editable(long batchId) {
        NominationBatch batch = batch(batchId);
        requireRole(batch.getUnitPath(), UNIT_SIDE, "nominees of batch " + batchId);
        if (batch.getState() != NominationState.DRAFT && batch.getState() != NominationState.RETURNED) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", state(batch.getState())));
        }
        return batch;
    }

    private void requireAll(List<Nominee> nominees, java.util.function.Predicate<Nominee> condition, String key) {
        List<String> missing = nominees.stream().filter(condition.negate()).map(Nominee::getRecipientName).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(new Violation("nominees", BUNDLE, key, String.join(", ", missing)));
        }
    }

    private boolean needsPosting(List<Nominee> nominees) {
        Map<String, Award> catalogue = catalogue();
        return nominees.stream().anyMatch(n -> n.getAppraisal() == Nominee.Appraisal.PASS
                && (catalogue.get(n.getAwardCode()).getLevel() == AwardLevel.STATE || "CSTD_TQ".equals(n.getAwardCode())));
    }

    static List<Nominations.Part> missingParts(NominationBatch batch, List<Nominations.FileDetails> files) {
        Set<Nominations.Part> present = EnumSet.noneOf(Nominations.Part.class);
        files.forEach(f -> present.add(f.part()));
        List<Nominations.Part> required = batch.getType() == CommendationType.DOT_XUAT
                ? List.of(Nominations.Part.TO_TRINH, Nominations.Part.TOM_TAT)
                : List.of(Nominations.Part.TO_TRINH, Nominations.Part.BAO_CAO_THANH_TICH);
        return required.stream().filter(p -> !present.contains(p)).toList();
    }

    private Verdict verdict(NominationBatch batch, Nominee nominee) {
        return eligibility.evaluate(new EligibilityQuery(nominee.getAwardCode(), nominee.getRecipientType(),
                nominee.getRecipientCode(), batch.getYear(), batch.getType(), null));
    }


    /** The unit's kind or the person's position category (what the dossier requirements match on). */
    private String recipientCategory(RecipientType type, String code) {
        return switch (type) {
            case PERSON -> people.findByCode(code, false).map(p -> p.positionCategory().name()).orElse(null);
            case UNIT -> units.findByCode(code).map(u -> u.kind().name()).orElse(null);
            case HOUSEHOLD -> null;
        };
    }

    /** The parts each nominee's own dossier needs, by the requirements in force. */
    private Map<Long, List<Nominations.Part>> requiredParts(List<Nominee> nominees) {
        List<DossierRequirement> requirements = em.createQuery("select r from DossierRequirement r",
                DossierRequirement.class).getResultList();
        Map<Long, List<Nominations.Part>> required = new HashMap<>();
        for (Nominee n : nominees) {
            required.put(n.getId(), requirements.stream().filter(r -> r.appliesTo(n.getAwardCode(), n.getRecipientType(),
                    n.getRecipientCategory())).map(r -> Nominations.Part.valueOf(r.getPart())).distinct().toList());
        }
        return required;
    }

    private static List<Nominations.Part> missingOf(Nominee nominee, List<Nominations.Part> required,
                                                    List<Nominations.FileDetails> files) {
        return required.stream().filter(part -> files.stream().noneMatch(f -> nominee.getId().equals(f.nomineeId())
                && f.part() == part)).toList();
    }

    private String recipientName(RecipientType type, String code) {
        return switch (type) {
            case PERSON -> people.findByCode(code, false).orElseThrow(() -> new UnknownRecordException(
                    new Violation("recipientCode", BUNDLE, "person.unknown", code))).fullName();
            case UNIT -> units.findByCode(code).orElseThrow(() -> new UnknownRecordException(
                    new Violation("recipientCode", BUNDLE, "unit.unknown", code))).name();
            case HOUSEHOLD -> households.findByCode(code).orElseThrow(() -> new UnknownRecordException(
                    new Violation("recipientCode", BUNDLE, "household.unknown", code))).headName();
        };
    }

    private NominationBatch batch(long id) {
        return access.batch(id);
    }

    private Nominee nominee(long id) {
        return access.nominee(id);
    }

    private Map<String, Award> catalogue() {
        return access.awards();
    }

    private Nominations.BatchSummary summary(NominationBatch b) {
        return summaries(List.of(b)).get(0);
    }

    /**
     * The batches with the date by which the step they wait for is due: units submit by the timetable's date; the
     * office's steps have working days from the day the batch reached the state. Three queries for any number.
     */
    private List<Nominations.BatchSummary> summaries(List<NominationBatch> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<Integer, Timetable> timetables = new HashMap<>();
        em.createQuery("select t from Timetable t where t.year in :years", Timetable.class)
                .setParameter("years", batches.stream().map(NominationBatch::getYear).distinct().toList()).getResultList()
                .forEach(t -> timetables.put(t.view().year(), t));
        Map<Long, OffsetDateTime> reached = new HashMap<>();
        em.createQuery("select e.batchId, max(e.actedAt) from NominationEvent e where e.batchId in :ids group by e.batchId",
                        Object[].class).setParameter("ids", batches.stream().map(NominationBatch::getId).toList())
                .getResultList().forEach(row -> reached.put((Long) row[0], (OffsetDateTime) row[1]));
        Set<LocalDate> holidays = null;
        List<Nominations.BatchSummary> summaries = new ArrayList<>();
        for (NominationBatch b : batches) {
            Timetable timetable = timetables.get(b.getYear());
            LocalDate due = null;
            if (timetable != null && (b.getState() == NominationState.DRAFT || b.getState() == NominationState.RETURNED)) {
                due = timetable.getSubmitBy();
            } else if (timetable != null && timetable.daysFor(b.getState()) > 0 && reached.containsKey(b.getId())) {
                if (holidays == null) {
                    holidays = new java.util.HashSet<>(em.createQuery("select h.day from Holiday h", LocalDate.class)
                            .getResultList());
                }
                due = WorkingDays.after(reached.get(b.getId()).toLocalDate(), timetable.daysFor(b.getState()), holidays);
            }
            summaries.add(new Nominations.BatchSummary(b.getId(), b.getTitle(), b.getUnitCode(), b.getYear(), b.getType(),
                    b.getMovementCode(), b.getLevel(), b.getState(), b.getCreatedAt(), b.getCreatedBy(), b.getVersion(),
                    due));
        }
        return summaries;
    }

    private static Nominations.FileDetails fileView(DossierFile f) {
        return new Nominations.FileDetails(f.getId(), f.getNomineeId(), Nominations.Part.valueOf(f.getPart()),
                f.getFileName(), f.getContentType(), f.getSize(), f.getSha256(), f.getUploadedAt(), f.getUploadedBy());
    }

    static String state(NominationState state) {
        return java.util.ResourceBundle.getBundle(BUNDLE, java.util.Locale.forLanguageTag("vi"),
                DefaultNominationService.class.getClassLoader()).getString("state." + state.name());
    }

    private static String partName(Nominations.Part part) {
        return java.util.ResourceBundle.getBundle(BUNDLE, java.util.Locale.forLanguageTag("vi"),
                DefaultNominationService.class.getClassLoader()).getString("part." + part.name());
    }

    private String actor() {
        return access.actor();
    }

    private static OffsetDateTime now() {
        return BatchAccess.now();
    }
}
