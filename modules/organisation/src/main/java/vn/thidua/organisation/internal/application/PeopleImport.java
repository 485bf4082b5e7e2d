package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PersonInput;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.internal.documents.PeopleWorkbook;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.LegacyEncoding;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.sheets.ImportJob;
import vn.thidua.platform.sheets.ImportJobs;
import vn.thidua.platform.sheets.SheetImporter;
import vn.thidua.platform.sheets.SheetRow;
import vn.thidua.platform.sheets.Sheets;

/**
 * Imports people from the workbook template: every row is checked first (in steps, so that the page can show
 * progress), and the file is imported whole in one transaction only when no row has an error.
 */
@ApplicationScoped
public class PeopleImport implements SheetImporter {

    private static final String BUNDLE = Person.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private DefaultPersonService people;
    @Inject private DefaultUnitService units;
    @Inject private UnitScope scope;

    /** This importer's name for its jobs in the shared store. */
    static final String KIND = "people";

    @Inject private ImportJobs jobs;

    @Override
    public List<String> columns() {
        return PeopleWorkbook.COLUMNS;
    }

    @Override
    public String header(String column, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader()).getString("field." + column);
    }

    @Override
    public ImportJob start(String owner, InputStream workbook) {
        return start(owner, PeopleWorkbook.read(owner, workbook));
    }

    public ImportJob start(String owner, List<SheetRow> rows) {
        return jobs.start(KIND, owner, rows);
    }

    @Override
    public Optional<ImportJob> job(String id, String owner) {
        return jobs.find(KIND, id, owner);
    }

    @Override
    public Optional<ImportJob> unfinished(String owner) {
        return jobs.unfinished(KIND, owner, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(10));
    }

    @Override
    public void writeTemplate(OutputStream out) throws IOException {
        PeopleWorkbook.writeTemplate(out);
    }

    @Override
    public String templateName() {
        return "mau-nhap-can-bo.xlsx";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkNext(ImportJob job, int max) {
        if (job.state() != ImportJob.State.CHECKING) {
            return;
        }
        List<SheetRow> chunk = job.nextRows(max);
        Set<String> existing = new HashSet<>(em.createQuery("select p.code from Person p where p.code in :codes",
                String.class).setParameter("codes", chunk.stream().map(r -> cell(r, "code")).toList())
                .getResultList());
        List<String> ids = chunk.stream().map(r -> cell(r, "citizenId")).filter(s -> !s.isEmpty()).toList();
        Set<String> takenIds = ids.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select p.citizenId from Person p where p.citizenId in :ids", String.class)
                .setParameter("ids", ids).getResultList());
        for (SheetRow row : chunk) {
            check(job, row, existing, takenIds);
        }
        job.checkedMore(chunk.size());
        jobs.save(job);
    }

    private static String cell(SheetRow row, String column) {
        return PeopleWorkbook.cell(row, column);
    }

    private void check(ImportJob job, SheetRow row, Set<String> existing, Set<String> takenIds) {
        int n = row.number();
        for (String column : PeopleWorkbook.COLUMNS) {
            LegacyEncoding.detect(cell(row, column)).ifPresent(kind -> job.addError(n, column,
                    Violation.of(column, "sheet.legacy", kind == LegacyEncoding.Kind.TCVN3 ? "TCVN3 (ABC)" : "VNI")));
        }
        Checks checks = new Checks();
        String code = checks.code("code", cell(row, "code"), true);
        checks.name("fullName", cell(row, "fullName"));
        if (PeopleWorkbook.gender(cell(row, "gender")) == null) {
            checks.add(new Violation("gender", BUNDLE, "import.gender"));
        }
        if (PeopleWorkbook.category(cell(row, "positionCategory")) == null) {
            checks.add(new Violation("positionCategory", BUNDLE, "import.category"));
        }
        for (String column : List.of("birthDate", "startDate", "unitSince")) {
            if (!cell(row, column).isEmpty() && date(cell(row, column)) == null) {
                checks.add(Violation.of(column, "sheet.date"));
            }
        }
        String citizenId = cell(row, "citizenId");
        if (!citizenId.isEmpty() && !citizenId.matches("\\d{12}")) {
            checks.add(new Violation("citizenId", BUNDLE, "person.citizenIdSyntax"));
        } else if (!citizenId.isEmpty()) {
            Integer earlier = job.<Integer>memo("citizenIds").putIfAbsent(citizenId, n);
            if (earlier != null) {
                checks.add(new Violation("citizenId", BUNDLE, "import.citizenIdInFile", earlier));
            } else if (takenIds.contains(citizenId)) {
                checks.add(new Violation("citizenId", BUNDLE, "person.citizenIdTaken"));
            }
        }
        if (code != null) {
            Integer earlier = job.<Integer>memo("codes").putIfAbsent(code, n);
            if (earlier != null) {
                checks.add(new Violation("code", BUNDLE, "import.duplicateInFile", code, earlier));
            } else if (existing.contains(code)) {
                checks.add(new Violation("code", BUNDLE, "import.exists", code));
            }
        }
        String unitCode = checks.code("unitCode", cell(row, "unitCode"), true);
        if (unitCode != null) {
            String path = job.<String>memo("unitPaths").computeIfAbsent(unitCode,
                    c -> units.find(c).map(u -> u.getPath()).orElse(""));
            if (path.isEmpty()) {
                checks.add(new Violation("unitCode", BUNDLE, "import.unitUnknown", unitCode));
            } else if (!scope.canWrite(path)) {
                checks.add(new Violation("unitCode", BUNDLE, "import.unitOutOfScope", unitCode));
            }
        }
        try {
            checks.throwIfAny();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> job.addError(n, v.field(), v));
        }
    }

    @Override
    @Transactional
    public void importAll(ImportJob job) {
        if (job.state() != ImportJob.State.READY) {
            return;
        }
        int count = 0;
        for (SheetRow row : job.rows()) {
            try {
                people.save(cell(row, "code"), input(row), null);
            } catch (InvalidInputException | UnknownRecordException e) {
                Violation cause = e instanceof InvalidInputException invalid ? invalid.violations().get(0)
                        : ((UnknownRecordException) e).violation();
                job.failed(row.number(), cause.field(), cause);
                jobs.saveAlone(job);
                throw e;
            }
            count++;
        }
        job.done(count);
        // In the import's own transaction: the rows and the job's DONE commit together, and a second step of the
        // same job (another node, another window) finds the version moved and rolls its writes back.
        jobs.save(job);
    }

    private static PersonInput input(SheetRow row) {
        Gender gender = PeopleWorkbook.gender(cell(row, "gender"));
        PositionCategory category = PeopleWorkbook.category(cell(row, "positionCategory"));
        String citizenId = cell(row, "citizenId").isEmpty() ? null : cell(row, "citizenId");
        return new PersonInput(cell(row, "fullName").strip(), cell(row, "unitCode"), date(cell(row, "unitSince")), gender,
                date(cell(row, "birthDate")), category, date(cell(row, "startDate")), citizenId);
    }

    static LocalDate date(String text) {
        return Sheets.date(text);
    }
}
