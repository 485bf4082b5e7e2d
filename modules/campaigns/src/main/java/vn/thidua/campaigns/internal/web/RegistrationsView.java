package vn.thidua.campaigns.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import jakarta.faces.context.FacesContext;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.Movements;
import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.Registrations;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.sheets.SheetRow;
import vn.thidua.platform.sheets.Sheets;
import vn.thidua.platform.web.Downloads;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/**
 * Emulation registrations: the unit's form (collective target, its people's titles entered or imported from .xlsx),
 * and the list where units submit and superior units receive or return.
 */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "vn.thidua.campaigns.i18n.messages";
    /** The template's columns, as the sheet's first row says them. */
    static final List<String> COLUMNS = List.of("Mã cán bộ", "Danh hiệu đăng ký");
    private static final int MAX_ROWS = 5000;

    @Inject private RegistrationService registrations;
    @Inject private MovementService movements;

    @Getter private List<Registrations.RegistrationDetails> list = List.of();
    @Getter private List<Movements.MovementSummary> movementChoices = List.of();

    @Getter private Long id;
    private Long version;
    @Getter @Setter private String unitCode;
    @Getter @Setter private Integer year = ProvinceClock.today().getYear();
    @Getter @Setter private String movementCode;
    @Getter @Setter private String collectiveAward;
    @Getter @Setter private String collectiveTarget;
    @Getter private List<LineRow> lines = new ArrayList<>();
    private final HashMap<Long, String> reasons = new HashMap<>();

    /** A person's line of the form. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        @Getter @Setter private String personCode;
        @Getter @Setter private String awardCode = "LDTT";

        public LineRow() {
        }

        LineRow(String personCode, String awardCode) {
            this.personCode = personCode;
            this.awardCode = awardCode;
        }
    }

    @PostConstruct
    void init() {
        reload();
        movementChoices = movements.list(null, 200);
    }

    private void reload() {
        list = registrations.list(200);
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** Reads a filled template: good rows join the lines, faulty ones are listed by row and not added. */
    public void importLines(FileUploadEvent event) {
        List<SheetRow> rows;
        try (InputStream in = event.getFile().getInputStream()) {
            rows = Sheets.read(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), in, COLUMNS,
                    MAX_ROWS);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> FacesMessages.error("importForm:importFile", "cmpmsg", "registrations.fileRefused",
                    v.message(Locale.forLanguageTag("vi"))));
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int added = 0;
        List<String> errors = new ArrayList<>();
        for (SheetRow row : rows) {
            String code = row.cell(0).strip();
            String award = row.cell(1).strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                errors.add(message("registrations.rowNoCode", row.number()));
            } else if (!Registrations.PERSON_TITLES.contains(award)) {
                errors.add(message("registration.notPersonTitle", row.number(), award));
            } else if (lines.stream().anyMatch(l -> code.equals(l.getPersonCode()))) {
                errors.add(message("registration.twice", code));
            } else {
                lines.add(new LineRow(code, award));
                added++;
            }
        }
        lines.removeIf(l -> l.getPersonCode() == null || l.getPersonCode().isBlank());
        errors.forEach(e -> FacesMessages.error("importForm:importFile", "cmpmsg", "registrations.rowError", e));
        FacesMessages.info("importForm:importFile", "cmpmsg", "registrations.imported", added, errors.size());
    }

    private static String message(String key, Object... arguments) {
        return new Violation("file", BUNDLE, key, arguments).message(Locale.forLanguageTag("vi"));
    }

    public void downloadTemplate() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("DangKy");
            Sheets.headerRow(sheet, COLUMNS, 24);
            Sheet guide = workbook.createSheet("HuongDan");
            guide.createRow(0).createCell(0).setCellValue("Danh hiệu cá nhân: " + String.join(", ",
                    Registrations.PERSON_TITLES.stream().sorted().toList()));
            workbook.write(out);
            Downloads.send("mau-dang-ky-thi-dua.xlsx", Sheets.XLSX, out.toByteArray());
        }
    }

    public void save() {
        List<Registrations.Line> entered = lines.stream().filter(l -> l.getPersonCode() != null && !l.getPersonCode().isBlank())
                .map(l -> new Registrations.Line(l.getPersonCode().strip(), l.getAwardCode())).toList();
        Long[] saved = new Long[1];
        if (FacesViolations.attempt("registrationForm", Set.of("unitCode", "year", "movementCode", "collectiveAward",
                "collectiveTarget", "lines"), () -> saved[0] = registrations.save(id, version,
                new Registrations.RegistrationInput(unitCode, year, blank(movementCode), blank(collectiveAward),
                        collectiveTarget, entered)))) {
            edit(saved[0]);
            FacesMessages.info(null, "cmpmsg", "registrations.saved");
            reload();
        }
    }

    public void edit(long registrationId) {
        Registrations.RegistrationDetails r = registrations.find(registrationId);
        id = r.id();
        version = r.version();
        unitCode = r.unitCode();
        year = r.year();
        movementCode = r.movementCode();
        collectiveAward = r.collectiveAward();
        collectiveTarget = r.collectiveTarget();
        lines = new ArrayList<>(r.lines().stream().map(l -> new LineRow(l.personCode(), l.awardCode())).toList());
    }

    public void startNew() {
        id = null;
        version = null;
        collectiveAward = null;
        collectiveTarget = null;
        movementCode = null;
        lines = new ArrayList<>();
    }

    public void submit(long registrationId, long expected) {
        if (FacesViolations.attempt("list", Set.of(), () -> registrations.submit(registrationId, expected))) {
            FacesMessages.info(null, "cmpmsg", "registrations.submitted");
            if (id != null && id == registrationId) {
                edit(registrationId);
            }
        }
        reload();
    }

    public void receive(long registrationId, long expected) {
        if (FacesViolations.attempt("list", Set.of(), () -> registrations.receive(registrationId, expected))) {
            FacesMessages.info(null, "cmpmsg", "registrations.received");
        }
        reload();
    }

    public void returnToUnit(long registrationId, long expected) {
        if (FacesViolations.attempt("list", Set.of(), () -> registrations.returnToUnit(registrationId, expected,
                reasons.get(registrationId)))) {
            FacesMessages.info(null, "cmpmsg", "registrations.returned");
            reasons.remove(registrationId);
        }
        reload();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEditable() {
        return id == null || list.stream().anyMatch(r -> r.id() == id && r.mayEdit());
    }

    public List<String> getPersonTitles() {
        return Registrations.PERSON_TITLES.stream().sorted().toList();
    }

    public List<String> getCollectiveTitles() {
        return Registrations.COLLECTIVE_TITLES.stream().sorted().toList();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
