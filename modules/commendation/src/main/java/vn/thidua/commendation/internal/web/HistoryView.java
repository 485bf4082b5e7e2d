package vn.thidua.commendation.internal.web;

import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.internal.documents.HistoryPdf;
import vn.thidua.platform.sheets.Cells;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.HistoryEntry;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Checks;
import vn.thidua.platform.web.FacesViolations;

/**
 * A recipient's commendation history, newest first, revoked and superseded ones visible and marked:
 * {@code history.xhtml?type=PERSON&code=…}, filtered by period and award.
 */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CommendationService commendations;
    @Inject private vn.thidua.commendation.NominationService nominations;

    private java.util.HashMap<Long, Long> batches = new java.util.HashMap<>();

    @Getter @Setter private RecipientType type = RecipientType.PERSON;
    @Getter @Setter private String code;
    @Getter @Setter private Integer fromYear;
    @Getter @Setter private Integer toYear;
    @Getter @Setter private String awardCode;
    private List<HistoryEntry> entries = List.of();
    /** Whose history is shown: exports name what was loaded, whatever the form holds now. */
    private RecipientType shownType;
    private String shownCode;

    public void load() {
        entries = List.of();
        if (code == null || code.isBlank()) {
            return;
        }
        FacesViolations.attempt("historyForm", Set.of("code"), () -> {
            Checks checks = new Checks();
            checks.code("code", code.strip(), true);
            checks.throwIfAny();
            entries = commendations.history(type, code.strip());
            batches = new java.util.HashMap<>(nominations.batchesOf(entries.stream().map(HistoryEntry::id).toList()));
            shownType = type;
            shownCode = code.strip();
        });
    }

    /** The nomination batch (dossier, ballots, decision) of a commendation, or null when it was recorded directly. */
    public Long batchOf(long commendationId) {
        return batches.get(commendationId);
    }

    public List<HistoryEntry> getShown() {
        return entries.stream()
                .filter(e -> fromYear == null || e.year() >= fromYear)
                .filter(e -> toYear == null || e.year() <= toYear)
                .filter(e -> awardCode == null || awardCode.isBlank() || e.awardCode().equals(awardCode))
                .toList();
    }

    /** The history as shown (filters applied) as an .xlsx workbook, revoked and superseded records marked. */
    public void export() throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        java.util.ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "cmdmsg");
        external.responseReset();
        external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"lich-su-khen-thuong-" + shownCode + ".xlsx\"");
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("LichSu");
            String[] headers = {"field.decisionDate", "field.decisionNumber", "field.award", "field.year", "field.type",
                "history.amount", "history.status"};
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                first.createCell(i).setCellValue(bundle.getString(headers[i]));
            }
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            int r = 1;
            for (HistoryEntry e : getShown()) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(day.format(e.decisionDate()));
                row.createCell(1).setCellValue(Cells.inert(e.decisionNumber()));
                row.createCell(2).setCellValue(e.awardName() + " (" + bundle.getString("kind." + e.awardKind().name()) + ")");
                row.createCell(3).setCellValue(e.year());
                row.createCell(4).setCellValue(bundle.getString("type." + e.type().name()));
                if (e.rewardAmount() != null) {
                    row.createCell(5).setCellValue(e.rewardAmount().doubleValue());
                }
                row.createCell(6).setCellValue(Cells.inert(e.revoked() ? bundle.getString("history.revoked") + ": "
                        + e.revocation().decisionNumber() + " — " + e.revocation().reason()
                        : e.supersededBy() != null ? bundle.getString("history.superseded") + " " + e.supersededBy() : ""));
            }
            workbook.write(external.getResponseOutputStream());
        }
        faces.responseComplete();
    }

    /** The history as shown (filters applied) as a PDF with Vietnamese text. */
    public void exportPdf() throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        java.util.ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "cmdmsg");
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"lich-su-khen-thuong-" + shownCode + ".pdf\"");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.text.NumberFormat money = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"));
        List<HistoryEntry> shown = getShown();
        List<List<String>> rows = shown.stream().map(e -> List.of(day.format(e.decisionDate()), e.decisionNumber(),
                e.awardName() + " (" + bundle.getString("kind." + e.awardKind().name()) + ")", Integer.toString(e.year()),
                bundle.getString("type." + e.type().name()), e.rewardAmount() == null ? "" : money.format(e.rewardAmount()),
                e.revoked() ? bundle.getString("history.revoked") + ": " + e.revocation().decisionNumber() + " — "
                        + e.revocation().reason()
                        : e.supersededBy() != null ? bundle.getString("history.superseded") + " " + e.supersededBy() : ""))
                .toList();
        HistoryPdf.write(external.getResponseOutputStream(), bundle.getString("history.title"),
                bundle.getString("recipient." + shownType.name()) + " " + shownCode,
                List.of(bundle.getString("field.decisionDate"), bundle.getString("field.decisionNumber"),
                        bundle.getString("field.award"), bundle.getString("field.year"), bundle.getString("field.type"),
                        bundle.getString("history.amount"), bundle.getString("history.status")),
                rows, shown.stream().map(e -> e.revoked() || e.supersededBy() != null).toList());
        faces.responseComplete();
    }

    /** The awards of the history shown, as choices of the filter: their names, their codes as values. */
    public List<jakarta.faces.model.SelectItem> getAwardCodes() {
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        entries.forEach(e -> names.putIfAbsent(e.awardCode(), e.awardName()));
        return names.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .map(e -> new jakarta.faces.model.SelectItem(e.getKey(), e.getValue())).toList();
    }

    public RecipientType[] getTypes() {
        return RecipientType.values();
    }
}
