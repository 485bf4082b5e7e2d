package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.LegacyEncoding;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.sheets.ImportJob;
import vn.thidua.platform.sheets.ImportJobs;
import vn.thidua.platform.sheets.SheetImporter;
import vn.thidua.platform.sheets.SheetRow;
import vn.thidua.platform.sheets.Sheets;

/**
 * Imports decided commendations of the paper archives from a workbook: every row is checked as
 * {@code POST /api/v1/commendations} would check it (award, recipient, the caller's units, duplicates against
 * the records and against earlier rows of the file), then all rows are recorded in one transaction, or none.
 */
@ApplicationScoped
public class CommendationImport implements SheetImporter {

    /** The template's columns, as keys of the bundle ("import.col." + key). */
    public static final List<String> COLUMNS = List.of("awardCode", "recipientType", "recipientCode", "year", "type",
            "movementCode", "decisionNumber", "decisionDate", "signer", "authority");
    static final int MAX_ROWS = 50_000;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = DefaultCommendationService.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private DefaultCommendationService commendations;

    /** This importer's name for its jobs in the shared store. */
    static final String KIND = "commendations";

    @Inject private ImportJobs jobs;

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String header(String column, Locale locale) {
        return bundle(locale).getString("import.col." + column);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, CommendationImport.class.getClassLoader());
    }

    @Override
    public ImportJob start(String owner, InputStream workbook) {
        return jobs.start(KIND, owner, Sheets.read(owner, workbook, COLUMNS.stream().map(c -> header(c, VIETNAMESE)).toList(),
                MAX_ROWS));
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
    public String templateName() {
        return "mau-nhap-lich-su-khen-thuong.xlsx";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkNext(ImportJob job, int max) {
        if (job.state() != ImportJob.State.CHECKING) {
            return;
        }
        List<SheetRow> chunk = job.nextRows(max);
        for (SheetRow row : chunk) {
            check(job, row);
        }
        job.checkedMore(chunk.size());
        jobs.save(job);
    }

    private void check(ImportJob job, SheetRow row) {
        int n = row.number();
        for (String column : COLUMNS) {
            LegacyEncoding.detect(cell(row, column)).ifPresent(kind -> job.addError(n, column,
                    Violation.of(column, "sheet.legacy", kind == LegacyEncoding.Kind.TCVN3 ? "TCVN3 (ABC)" : "VNI")));
        }
        CommendationInput input;
        try {
            input = input(row);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> job.addError(n, v.field(), v));
            return;
        }
        Map<String, List<Duplicates.Held>> earlier = job.memo("held");
        String recipient = input.recipientType() + "/" + input.recipientCode();
        try {
            commendations.check(input, earlier.getOrDefault(recipient, List.of()));
            AwardKind kind = commendations.kindOf(input.awardCode());
            earlier.computeIfAbsent(recipient, r -> new ArrayList<>()).add(new Duplicates.Held(-n, input.awardCode(),
                    kind, input.year(), input.type(), input.movementCode()));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> job.addError(n, v.field(), v));
        } catch (UnknownRecordException | ConflictException e) {
            Violation v = e instanceof UnknownRecordException u ? u.violation() : ((ConflictException) e).violation();
            job.addError(n, v.field(), v);
        } catch (AccessDeniedException e) {
            job.addError(n, "recipientCode", new Violation("recipientCode", BUNDLE, "import.outOfScope",
                    input.recipientCode()));
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
                commendations.record(input(row));
            } catch (InvalidInputException | UnknownRecordException | ConflictException e) {
                Violation cause = e instanceof InvalidInputException invalid ? invalid.violations().get(0)
                        : e instanceof UnknownRecordException unknown ? unknown.violation()
                        : ((ConflictException) e).violation();
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

    private static String cell(SheetRow row, String column) {
        return row.cell(COLUMNS.indexOf(column));
    }

    /** The row as the input of a record; what cannot be read is refused with a message per cell. */
    static CommendationInput input(SheetRow row) {
        Checks checks = new Checks();
        String awardCode = checks.code("awardCode", cell(row, "awardCode"), true);
        RecipientType recipientType = recipientType(cell(row, "recipientType"));
        checks.require(recipientType != null, new Violation("recipientType", BUNDLE, "import.recipientType"));
        String recipientCode = checks.code("recipientCode", cell(row, "recipientCode"), true);
        Integer year = null;
        try {
            year = Integer.valueOf(cell(row, "year"));
        } catch (NumberFormatException e) {
            checks.add(new Violation("year", BUNDLE, "import.year"));
        }
        CommendationType type = cell(row, "type").isEmpty() ? CommendationType.THUONG_XUYEN : type(cell(row, "type"));
        checks.require(type != null, new Violation("type", BUNDLE, "import.type"));
        String movementCode = checks.code("movementCode", cell(row, "movementCode"), false);
        String decisionNumber = checks.requiredText("decisionNumber", cell(row, "decisionNumber"), 128);
        LocalDate decisionDate = Sheets.date(cell(row, "decisionDate"));
        checks.require(decisionDate != null, Violation.of("decisionDate", "sheet.date"));
        String signer = checks.optionalText("signer", cell(row, "signer"), 256);
        String authority = checks.optionalText("authority", cell(row, "authority"), 256);
        checks.throwIfAny();
        return new CommendationInput(awardCode, recipientType, recipientCode, year, type, movementCode, decisionNumber,
                decisionDate, signer, authority);
    }

    /** PERSON, UNIT, HOUSEHOLD or their Vietnamese names, ignoring case and diacritics; null when none. */
    static RecipientType recipientType(String text) {
        String normalised = SearchText.normalise(text);
        ResourceBundle bundle = bundle(VIETNAMESE);
        for (RecipientType type : RecipientType.values()) {
            if (type.name().equalsIgnoreCase(text.strip())
                    || SearchText.normalise(bundle.getString("recipient." + type.name())).equals(normalised)) {
                return type;
            }
        }
        return null;
    }

    static CommendationType type(String text) {
        String normalised = SearchText.normalise(text);
        ResourceBundle bundle = bundle(VIETNAMESE);
        for (CommendationType type : CommendationType.values()) {
            if (type.name().equalsIgnoreCase(text.strip())
                    || SearchText.normalise(bundle.getString("type." + type.name())).equals(normalised)) {
                return type;
            }
        }
        return null;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void writeTemplate(OutputStream out) throws IOException {
        ResourceBundle bundle = bundle(VIETNAMESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("KhenThuong");
            Sheets.headerRow(sheet, COLUMNS.stream().map(c -> header(c, VIETNAMESE)).toList(), 22);
            Row example = sheet.createRow(1);
            String[] values = {"CSTDCS", "Cá nhân", "CB0001", "2019", "Thường xuyên", "", "1234/QĐ-UBND", "15/01/2020",
                "Nguyễn Văn B", "UBND tỉnh Sơn La"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            Sheet guide = workbook.createSheet("HuongDan");
            List<String> lines = new ArrayList<>(List.of(bundle.getString("import.guide.intro"),
                    bundle.getString("import.guide.recipient"), bundle.getString("import.guide.type"),
                    bundle.getString("import.guide.dates"), bundle.getString("import.guide.awards")));
            for (Award award : em.createQuery("select a from Award a order by a.code", Award.class).getResultList()) {
                lines.add("   " + award.getCode() + " — " + award.getName());
            }
            for (int i = 0; i < lines.size(); i++) {
                guide.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            guide.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }
}
