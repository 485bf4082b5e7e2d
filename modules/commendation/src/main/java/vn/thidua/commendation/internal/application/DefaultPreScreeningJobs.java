package vn.thidua.commendation.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.PreScreeningJobs;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.domain.PreScreeningJob;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * Runs pre-screenings on the application server's managed executor and keeps everything about them in the
 * database ({@link PreScreeningJobStore}): any node answers the polling and serves the workbook. A job whose
 * node stopped shows as interrupted once its heartbeat (the progress it writes) is {@link #STALE} old. One job
 * at a time per account; jobs are removed {@code thidua.prescreening.keep-hours} hours after they started.
 */
@ApplicationScoped
public class DefaultPreScreeningJobs implements PreScreeningJobs {

    static final int PREVIEW = 50;
    static final Duration STALE = Duration.ofMinutes(5);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER);

    @Inject private PreScreeningJobStore store;
    @Inject private PreScreeningJobRunner runner;
    @Inject private UnitService units;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private Catalogue catalogue;
    @Resource private ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "thidua.prescreening.keep-hours", defaultValue = "24")
    private int keepHours;

    @Override
    public JobDetails start(String unitCode, Integer year) {
        Checks checks = new Checks();
        String code = checks.code("unitCode", unitCode == null ? null : unitCode.strip(), true);
        // A year already begun, as the pre-screening itself asks.
        checks.year("year", year, Checks.FIRST_YEAR, ProvinceClock.thisYear());
        checks.throwIfAny();
        UnitDetails unit = units.findByCode(code).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", DefaultCommendationService.BUNDLE, "unit.unknown", code)));
        String path = units.pathOf(code).orElseThrow();
        if (!scope.hasRoleOn(path, ROLES)) {
            throw new AccessDeniedException("pre-screening of " + code);
        }
        String owner = caller.name();
        store.removeStartedBefore(PreScreeningJobStore.now().minusHours(keepHours()));
        if (store.recent(owner, PreScreeningJobStore.now().minusHours(keepHours())).stream().anyMatch(this::running)) {
            throw new ConflictException(new Violation("unitCode", DefaultCommendationService.BUNDLE, "prescreening.busy"));
        }
        Map<String, String> awardNames = new HashMap<>();
        for (AwardSummary award : catalogue.awards()) {
            awardNames.put(award.code(), award.name());
        }
        String id = UUID.randomUUID().toString();
        PreScreeningJob job = store.create(id, owner, unit.code(), unit.name(), path, year);
        executor.execute(() -> runner.run(id, owner, unit.code(), year, awardNames));
        return details(job);
    }

    @Override
    public Optional<JobDetails> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        PreScreeningJob job = store.find(id);
        if (job == null || !job.getOwner().equals(caller.name()) || expired(job)) {
            return Optional.empty();
        }
        return Optional.of(details(job));
    }

    @Override
    public Optional<byte[]> workbook(String id) {
        return find(id).filter(j -> j.state() == State.DONE).map(j -> store.workbook(j.id()));
    }

    @Override
    public List<JobDetails> recent() {
        // The list shows state, unit and year: the counts and first candidates are read when a run is opened.
        return store.recent(caller.name(), PreScreeningJobStore.now().minusHours(keepHours())).stream()
                .map(job -> details(job, false)).toList();
    }

    @Override
    public int keepHours() {
        return Math.max(1, keepHours);
    }

    private boolean expired(PreScreeningJob job) {
        return job.getCreatedAt().isBefore(PreScreeningJobStore.now().minusHours(keepHours()));
    }

    /** Queued or running, with a heartbeat younger than {@link #STALE} (a job whose node stopped is not). */
    private boolean running(PreScreeningJob job) {
        return (job.getState() == PreScreeningJob.State.QUEUED || job.getState() == PreScreeningJob.State.RUNNING)
                && !job.getUpdatedAt().isBefore(PreScreeningJobStore.now().minus(STALE));
    }

    private JobDetails details(PreScreeningJob job) {
        return details(job, true);
    }

    private JobDetails details(PreScreeningJob job, boolean withResult) {
        State state = State.valueOf(job.getState().name());
        String failure = job.getFailure();
        boolean stale = (state == State.QUEUED || state == State.RUNNING) && !running(job);
        if (stale) {
            state = State.FAILED;
            failure = text("prescreening.interrupted");
        }
        return new JobDetails(job.getId(), job.getUnitCode(), job.getUnitName(), job.getYear(), state, job.getDoneSteps(),
                job.getTotalSteps(), job.getPeople(), job.getUnits(), job.getRuleSet(),
                withResult ? counts(job.getCounts()) : null, withResult ? preview(job.getPreview()) : List.of(), failure,
                job.getCreatedAt(), job.getFinishedAt());
    }

    static String text(String key) {
        return ResourceBundle.getBundle(DefaultCommendationService.BUNDLE, VIETNAMESE,
                DefaultPreScreeningJobs.class.getClassLoader()).getString(key);
    }

    static String countsJson(Map<String, Integer> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        counts.forEach(json::add);
        return json.build().toString();
    }

    static Map<String, Integer> counts(String json) {
        if (json == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((award, count) -> counts.put(award, ((jakarta.json.JsonNumber) count).intValue()));
        }
        return counts;
    }

    static String previewJson(List<PreScreening.Candidate> candidates) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PreScreening.Candidate c : candidates) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            c.reasons().forEach(reasons::add);
            array.add(Json.createObjectBuilder().add("recipientType", c.recipientType().name()).add("code", c.code())
                    .add("name", c.name()).add("unitCode", c.unitCode()).add("unitName", c.unitName())
                    .add("awardCode", c.awardCode()).add("reasons", reasons));
        }
        return array.build().toString();
    }

    static List<PreScreening.Candidate> preview(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<PreScreening.Candidate> candidates = new ArrayList<>(array.size());
            for (JsonObject c : array.getValuesAs(JsonObject.class)) {
                candidates.add(new PreScreening.Candidate(RecipientType.valueOf(c.getString("recipientType")),
                        c.getString("code"), c.getString("name"), c.getString("unitCode"), c.getString("unitName"),
                        c.getString("awardCode"), c.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList()));
            }
            return candidates;
        }
    }
}
