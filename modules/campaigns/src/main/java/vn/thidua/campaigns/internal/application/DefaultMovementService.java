package vn.thidua.campaigns.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.MovementState;
import vn.thidua.campaigns.Movements;
import vn.thidua.campaigns.ReviewKind;
import vn.thidua.campaigns.internal.domain.Cluster;
import vn.thidua.campaigns.internal.domain.ClusterMember;
import vn.thidua.campaigns.internal.domain.Document;
import vn.thidua.campaigns.internal.domain.Movement;
import vn.thidua.campaigns.internal.domain.Phase;
import vn.thidua.campaigns.internal.domain.Review;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional
public class DefaultMovementService implements MovementService {

    private static final String BUNDLE = Documents.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitService units;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private Documents documents;

    @Override
    public long create(Movements.MovementInput input) {
        Checks checks = new Checks();
        String code = checks.code("code", input.code(), true);
        String name = checks.name("name", input.name());
        String theme = checks.optionalText("theme", input.theme(), 500);
        String slogan = checks.optionalText("slogan", input.slogan(), 500);
        checks.require(input.kind() != null, Violation.of("kind", "required"));
        checks.require(input.level() != null, Violation.of("level", "required"));
        checks.require(input.scope() != null, Violation.of("scope", "required"));
        String unitCode = checks.code("unitCode", input.unitCode(), true);
        checks.require(input.startsOn() != null, Violation.of("startsOn", "required"));
        checks.require(input.endsOn() != null, Violation.of("endsOn", "required"));
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            checks.add(new Violation("endsOn", BUNDLE, "movement.endsBeforeStart"));
        }
        String targets = checks.optionalText("targets", input.targets(), 10_000);
        String scheme = checks.optionalText("scheme", input.scheme(), 10_000);
        Set<String> unitCodes = new LinkedHashSet<>();
        for (String participant : Objects.requireNonNullElse(input.unitCodes(), List.<String>of())) {
            String c = checks.code("unitCodes", participant, true);
            if (c != null && units.pathOf(c).isEmpty()) {
                checks.add(new Violation("unitCodes", BUNDLE, "unit.unknown", c));
            }
            unitCodes.add(c);
        }
        Set<String> clusterCodes = new LinkedHashSet<>();
        for (String cluster : Objects.requireNonNullElse(input.clusterCodes(), List.<String>of())) {
            String c = checks.code("clusterCodes", cluster, true);
            if (c != null && input.startsOn() != null && clusterOf(c, input.startsOn().getYear()).isEmpty()) {
                checks.add(new Violation("clusterCodes", BUNDLE, "cluster.unknown", c, input.startsOn().getYear()));
            }
            clusterCodes.add(c);
        }
        checks.require(!unitCodes.isEmpty() || !clusterCodes.isEmpty(), new Violation("unitCodes", BUNDLE, "movement.noParticipants"));
        Optional<UnitDetails> unit = unitCode == null ? Optional.empty() : units.findByCode(unitCode);
        if (unitCode != null && unit.isEmpty()) {
            checks.add(new Violation("unitCode", BUNDLE, "unit.unknown", unitCode));
        }
        checks.throwIfAny();
        if (!em.createNamedQuery("Movement.byCode", Movement.class).setParameter("code", code).getResultList().isEmpty()) {
            throw new ConflictException(new Violation("code", BUNDLE, "movement.duplicate", code));
        }
        String path = units.pathOf(unitCode).orElseThrow();
        scope.checkWrite(path, "movement of " + unitCode);
        Movement movement = new Movement(code, unitCode, path, now(), actor());
        movement.setName(name);
        movement.setTheme(theme);
        movement.setSlogan(slogan);
        movement.setKind(input.kind());
        movement.setLaunchLevel(input.level());
        movement.setScope(input.scope());
        movement.setStartsOn(input.startsOn());
        movement.setEndsOn(input.endsOn());
        movement.setTargets(targets);
        movement.setScheme(scheme);
        movement.setState(MovementState.DRAFT);
        movement.getUnitCodes().addAll(unitCodes);
        movement.getClusterCodes().addAll(clusterCodes);
        em.persist(movement);
        em.flush();
        auditTrail.recordIn(path, "Movement", movement.getId(), AuditAction.CREATE, null, values(movement));
        return movement.getId();
    }

    private static Map<String, Object> values(Movement m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", m.getCode());
        values.put("name", m.getName());
        values.put("theme", m.getTheme());
        values.put("slogan", m.getSlogan());
        values.put("kind", m.getKind());
        values.put("level", m.getLaunchLevel());
        values.put("scope", m.getScope());
        values.put("unitCode", m.getUnitCode());
        values.put("startsOn", m.getStartsOn());
        values.put("endsOn", m.getEndsOn());
        values.put("unitCodes", String.join(",", m.getUnitCodes()));
        values.put("clusterCodes", String.join(",", m.getClusterCodes()));
        values.put("targets", m.getTargets());
        values.put("scheme", m.getScheme());
        values.put("state", m.getState());
        return values;
    }

    @Override
    public MovementState advance(String code, long expectedVersion) {
        Movement movement = movement(code);
        scope.checkWrite(movement.getUnitPath(), "movement " + code);
        if (movement.getVersion() != expectedVersion) {
            throw new StaleVersionException("movement " + code);
        }
        MovementState next = movement.getState().next();
        if (next == null) {
            throw new ConflictException(new Violation("state", BUNDLE, "movement.closed"));
        }
        Map<String, Object> before = Map.of("state", movement.getState());
        movement.setState(next);
        if (next == MovementState.LAUNCHED) {
            movement.setLaunchedOn(ProvinceClock.today());
        }
        em.flush();
        auditTrail.recordIn(movement.getUnitPath(), "Movement", movement.getId(), AuditAction.UPDATE, before,
                Map.of("state", next));
        return next;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Movements.MovementDetails> find(String code) {
        List<Movement> found = em.createNamedQuery("Movement.byCode", Movement.class).setParameter("code", code)
                .getResultList();
        if (found.isEmpty() || !readable(found.get(0))) {
            return Optional.empty();
        }
        Movement m = found.get(0);
        Set<String> participants = new LinkedHashSet<>(m.getUnitCodes());
        for (String clusterCode : m.getClusterCodes()) {
            clusterOf(clusterCode, m.getStartsOn().getYear()).ifPresent(cluster -> em.createNamedQuery("ClusterMember.of",
                    ClusterMember.class).setParameter("cluster", cluster.getId()).getResultStream()
                    .forEach(member -> participants.add(member.getUnitCode())));
        }
        Set<String> named = new LinkedHashSet<>(participants);
        named.add(m.getUnitCode());
        Map<String, String> names = units.namesOf(named);
        List<Movements.Participant> shown = new ArrayList<>();
        for (String unitCode : participants) {
            shown.add(new Movements.Participant(unitCode, names.getOrDefault(unitCode, unitCode)));
        }
        List<Movements.PhaseDetails> phases = em.createNamedQuery("Phase.of", Phase.class).setParameter("movement", m.getId())
                .getResultStream().map(p -> new Movements.PhaseDetails(p.getId(), p.getName(), p.getStartsOn(), p.getEndsOn()))
                .toList();
        List<Movements.ReviewDetails> reviews = em.createNamedQuery("Review.of", Review.class)
                .setParameter("movement", m.getId()).getResultStream().map(r -> new Movements.ReviewDetails(r.getId(),
                        r.getKind(), r.getHeldOn(), r.getSummary(), r.getFigures(), documents.view(r.getDocumentId()),
                        r.getRecordedBy())).toList();
        return Optional.of(new Movements.MovementDetails(summary(m), m.getTheme(), m.getSlogan(),
                names.getOrDefault(m.getUnitCode(), m.getUnitCode()), m.getTargets(),
                m.getScheme(), List.copyOf(m.getClusterCodes()), shown, phases, reviews,
                documents.view(m.getLaunchDocumentId()), m.getLaunchedOn(), m.getCreatedAt(), m.getCreatedBy(),
                scope.canWrite(m.getUnitPath())));
    }

    private boolean readable(Movement m) {
        return m.getState() != MovementState.DRAFT || scope.canWrite(m.getUnitPath());
    }

    static Movements.MovementSummary summary(Movement m) {
        return new Movements.MovementSummary(m.getId(), m.getCode(), m.getName(), m.getKind(), m.getLaunchLevel(),
                m.getScope(), m.getUnitCode(), m.getStartsOn(), m.getEndsOn(), m.getState(), m.getVersion());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Movements.MovementSummary> list(Integer year, int max) {
        var query = year == null
                ? em.createNamedQuery("Movement.latest", Movement.class)
                : em.createQuery("select m from Movement m where m.startsOn <= :last and m.endsOn >= :first"
                        + " order by m.startsOn desc, m.id desc", Movement.class)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31));
        // Drafts the caller may not read are few; read a little more than asked and keep the readable ones.
        return query.setMaxResults(max * 2).getResultStream().filter(this::readable).limit(max)
                .map(DefaultMovementService::summary).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Movements.MovementSummary> launchedBetween(LocalDate from, LocalDate to, String unitCode) {
        String subtree = null;
        if (unitCode != null && !unitCode.isBlank()) {
            subtree = units.pathOf(unitCode.strip()).orElseThrow(() -> new UnknownRecordException(
                    new Violation("unitCode", BUNDLE, "unit.unknown", unitCode)));
            scope.checkRead(subtree, "movements of " + unitCode);
        }
        // Launched movements are public within the province; the subtree only narrows the form's scope.
        var query = em.createQuery("select m from Movement m where m.state <> :draft and m.startsOn between :from and :to"
                        + (subtree == null ? "" : " and m.unitPath like :subtree") + " order by m.startsOn, m.id", Movement.class)
                .setParameter("draft", MovementState.DRAFT).setParameter("from", from).setParameter("to", to);
        if (subtree != null) {
            query.setParameter("subtree", subtree + "%");
        }
        return query.getResultStream()
                .map(DefaultMovementService::summary).toList();
    }

    @Override
    public long addPhase(String code, String name, LocalDate startsOn, LocalDate endsOn) {
        Movement movement = movement(code);
        scope.checkWrite(movement.getUnitPath(), "movement " + code);
        Checks checks = new Checks();
        String phaseName = checks.name("phaseName", name);
        checks.require(startsOn != null, Violation.of("phaseStartsOn", "required"));
        checks.require(endsOn != null, Violation.of("phaseEndsOn", "required"));
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                checks.add(new Violation("phaseEndsOn", BUNDLE, "movement.endsBeforeStart"));
            } else if (startsOn.isBefore(movement.getStartsOn()) || endsOn.isAfter(movement.getEndsOn())) {
                checks.add(new Violation("phaseStartsOn", BUNDLE, "phase.outside"));
            }
        }
        checks.throwIfAny();
        refuseWhenClosed(movement);
        Phase phase = new Phase(movement.getId(), phaseName, startsOn, endsOn);
        em.persist(phase);
        em.flush();
        auditTrail.recordIn(movement.getUnitPath(), "MovementPhase", phase.getId(), AuditAction.CREATE, null,
                Map.of("movement", code, "name", phaseName, "startsOn", startsOn, "endsOn", endsOn));
        return phase.getId();
    }

    @Override
    public long recordReview(String code, ReviewKind kind, LocalDate heldOn, String summary, String figures,
                             String fileName, InputStream report) {
        Movement movement = movement(code);
        scope.checkWrite(movement.getUnitPath(), "movement " + code);
        Checks checks = new Checks();
        checks.require(kind != null, Violation.of("reviewKind", "required"));
        checks.require(heldOn != null, Violation.of("heldOn", "required"));
        if (heldOn != null && heldOn.isAfter(ProvinceClock.today())) {
            checks.add(new Violation("heldOn", BUNDLE, "review.future"));
        }
        String text = checks.requiredText("summary", summary, 10_000);
        String keyFigures = checks.optionalText("figures", figures, 10_000);
        checks.throwIfAny();
        if (movement.getState() == MovementState.DRAFT || movement.getState() == MovementState.CLOSED) {
            throw new ConflictException(new Violation("reviewKind", BUNDLE, "review.notRunning"));
        }
        Document document = documents.store("reviewFile", fileName, report, movement.getUnitPath(), Documents.ANY);
        Review review = new Review(movement.getId(), kind, heldOn, text, keyFigures,
                document == null ? null : document.getId(), now(), actor());
        em.persist(review);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("movement", code);
        after.put("kind", kind);
        after.put("heldOn", heldOn);
        after.put("summary", text);
        after.put("figures", keyFigures);
        after.put("documentId", review.getDocumentId());
        auditTrail.recordIn(movement.getUnitPath(), "MovementReview", review.getId(), AuditAction.CREATE, null, after);
        return review.getId();
    }

    @Override
    public long attachLaunchDocument(String code, String fileName, InputStream content) {
        Movement movement = movement(code);
        scope.checkWrite(movement.getUnitPath(), "movement " + code);
        refuseWhenClosed(movement);
        Document document = documents.store("launchFile", fileName, content, movement.getUnitPath(), Documents.ANY);
        Long before = movement.getLaunchDocumentId();
        movement.setLaunchDocumentId(document.getId());
        em.flush();
        auditTrail.recordIn(movement.getUnitPath(), "Movement", movement.getId(), AuditAction.UPDATE,
                before == null ? null : Map.of("launchDocumentId", before), Map.of("launchDocumentId", document.getId()));
        return document.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Movements.StoredDocument document(long documentId) {
        Document document = documents.find(documentId);
        if (document == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "document.notFound", documentId));
        }
        // Movement documents are read like the movement: every signed-in user once it is launched.
        boolean ofLaunched = !em.createQuery("select m.id from Movement m where m.state <> :draft and (m.launchDocumentId = :id"
                        + " or m.id in (select r.movementId from Review r where r.documentId = :id))", Long.class)
                .setParameter("draft", MovementState.DRAFT).setParameter("id", documentId).getResultList().isEmpty();
        if (!ofLaunched) {
            scope.checkRead(document.getUnitPath(), "document " + documentId);
        }
        return documents.read(documentId);
    }

    private void refuseWhenClosed(Movement movement) {
        if (movement.getState() == MovementState.CLOSED) {
            throw new ConflictException(new Violation("state", BUNDLE, "movement.closed"));
        }
    }

    Movement movement(String code) {
        return em.createNamedQuery("Movement.byCode", Movement.class).setParameter("code", code).getResultStream()
                .findFirst().orElseThrow(() -> new UnknownRecordException(new Violation("code", BUNDLE, "movement.unknown", code)));
    }

    private Optional<Cluster> clusterOf(String code, int year) {
        return em.createNamedQuery("Cluster.byCode", Cluster.class).setParameter("code", code).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private String actor() {
        return Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
