package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PersonInput;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.LegacyEncoding;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * Imports people from the workbook template: every row is checked first (in steps, so that the page can show
 * progress), and the file is imported whole in one transaction only when no row has an error.
 */
@ApplicationScoped
public class PeopleImport {

    private static final Duration KEEP = Duration.ofHours(2);
    private static final String BUNDLE = Person.BUNDLE;

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Inject
    private DefaultPersonService people;

    @Inject
    private DefaultUnitService units;

    @Inject
    private UnitScope scope;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportJob start(String owner, List<PeopleWorkbook.RawRow> rows) {
        Instant oldest = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> job.createdAt.isBefore(oldest));
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, rows);
        if (rows.isEmpty()) {
            job.errors.add(new ImportJob.RowError(0, null, new Violation("file", BUNDLE, "import.empty")));
            job.state = ImportJob.State.REFUSED;
        }
        jobs.put(job.id, job);
        return job;
    }

    /** The caller's own job, if it is still kept. */
    public Optional<ImportJob> job(String id, String owner) {
        ImportJob job = id == null ? null : jobs.get(id);
        return job != null && job.owner.equals(owner) ? Optional.of(job) : Optional.empty();
    }

    /** Checks up to {@code max} more rows; once all are checked the job is ready or refused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkNext(ImportJob job, int max) {
        synchronized (job) {
            checkChunk(job, max);
        }
    }

    private void checkChunk(ImportJob job, int max) {
        if (job.state != ImportJob.State.CHECKING) {
            return;
        }
        int end = Math.min(job.rows.size(), job.checked + max);
        List<PeopleWorkbook.RawRow> chunk = job.rows.subList(job.checked, end);
        Set<String> existing = new HashSet<>(em.createQuery("select p.code from Person p where p.code in :codes",
                String.class).setParameter("codes", chunk.stream().map(r -> r.cell("code")).toList()).getResultList());
        List<String> ids = chunk.stream().map(r -> r.cell("citizenId")).filter(s -> !s.isEmpty()).toList();
        Set<String> takenIds = ids.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select p.citizenId from Person p where p.citizenId in :ids", String.class)
                .setParameter("ids", ids).getResultList());
        for (PeopleWorkbook.RawRow row : chunk) {
            check(job, row, existing, takenIds);
        }
        job.checked = end;
        if (end == job.rows.size()) {
            job.state = job.errors.isEmpty() ? ImportJob.State.READY : ImportJob.State.REFUSED;
        }
    }

    private void check(ImportJob job, PeopleWorkbook.RawRow row, Set<String> existing, Set<String> takenIds) {
        int n = row.number();
        for (String column : PeopleWorkbook.COLUMNS) {
            LegacyEncoding.detect(row.cell(column)).ifPresent(kind ->
                    job.errors.add(new ImportJob.RowError(n, column, new Violation(column, BUNDLE, "import.legacy",
                            kind == LegacyEncoding.Kind.TCVN3 ? "TCVN3 (ABC)" : "VNI"))));
        }
        Checks checks = new Checks();
        String code = checks.code("code", row.cell("code"), true);
        checks.name("fullName", row.cell("fullName"));
        if (PeopleWorkbook.gender(row.cell("gender")) == null) {
            checks.add(new Violation("gender", BUNDLE, "import.gender"));
        }
        if (PeopleWorkbook.category(row.cell("positionCategory")) == null) {
            checks.add(new Violation("positionCategory", BUNDLE, "import.category"));
        }
        for (String column : List.of("birthDate", "startDate", "unitSince")) {
            if (!row.cell(column).isEmpty() && date(row.cell(column)) == null) {
                checks.add(new Violation(column, BUNDLE, "import.date"));
            }
        }
        String citizenId = row.cell("citizenId");
        if (!citizenId.isEmpty() && !citizenId.matches("\\d{12}")) {
            checks.add(new Violation("citizenId", BUNDLE, "person.citizenIdSyntax"));
        } else if (!citizenId.isEmpty()) {
            Integer earlier = job.citizenIdsSeen.putIfAbsent(citizenId, n);
            if (earlier != null) {
                checks.add(new Violation("citizenId", BUNDLE, "import.citizenIdInFile", earlier));
            } else if (takenIds.contains(citizenId)) {
                checks.add(new Violation("citizenId", BUNDLE, "person.citizenIdTaken"));
            }
        }
        if (code != null) {
            Integer earlier = job.codesSeen.putIfAbsent(code, n);
            if (earlier != null) {
                checks.add(new Violation("code", BUNDLE, "import.duplicateInFile", code, earlier));
            } else if (existing.contains(code)) {
                checks.add(new Violation("code", BUNDLE, "import.exists", code));
            }
        }
        String unitCode = checks.code("unitCode", row.cell("unitCode"), true);
        if (unitCode != null) {
            String path = job.unitPaths.computeIfAbsent(unitCode, c -> units.find(c).map(u -> u.getPath()).orElse(""));
            if (path.isEmpty()) {
                checks.add(new Violation("unitCode", BUNDLE, "import.unitUnknown", unitCode));
            } else if (!scope.canWrite(path)) {
                checks.add(new Violation("unitCode", BUNDLE, "import.unitOutOfScope", unitCode));
            }
        }
        try {
            checks.throwIfAny();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> job.errors.add(new ImportJob.RowError(n, v.field(), v)));
        }
    }

    /** Writes every row in one transaction: all of them, or (on any failure) none. */
    @Transactional
    public void importAll(ImportJob job) {
        if (job.state != ImportJob.State.READY) {
            return;
        }
        int count = 0;
        for (PeopleWorkbook.RawRow row : job.rows) {
            try {
                people.save(row.cell("code"), input(row), null);
            } catch (InvalidInputException | UnknownRecordException e) {
                Violation cause = e instanceof InvalidInputException invalid ? invalid.violations().get(0)
                        : ((UnknownRecordException) e).violation();
                synchronized (job) {
                    job.errors.add(new ImportJob.RowError(row.number(), cause.field(), cause));
                }
                job.state = ImportJob.State.FAILED;
                throw e;
            }
            count++;
        }
        job.imported = count;
        job.state = ImportJob.State.DONE;
    }

    private static PersonInput input(PeopleWorkbook.RawRow row) {
        Gender gender = PeopleWorkbook.gender(row.cell("gender"));
        PositionCategory category = PeopleWorkbook.category(row.cell("positionCategory"));
        String citizenId = row.cell("citizenId").isEmpty() ? null : row.cell("citizenId");
        return new PersonInput(row.cell("fullName").strip(), row.cell("unitCode"), date(row.cell("unitSince")), gender,
                date(row.cell("birthDate")), category, date(row.cell("startDate")), citizenId);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), PeopleWorkbook.DAY_MONTH_YEAR.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
