package vn.thidua.reporting.internal.web;

import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.sheets.Cells;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.HistoryEntry;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.audit.AuditFilter;
import vn.thidua.platform.audit.AuditRecord;
import vn.thidua.platform.audit.AuditSearch;
import vn.thidua.platform.audit.AuditVerification;
import vn.thidua.platform.audit.ChainVerification;
import vn.thidua.platform.sheets.Sheets;
import vn.thidua.platform.web.Downloads;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * The auditors' workspace: a person's, unit's or household's history; from a commendation to its decision, the batch
 * that led to it (dossier, ballot, posting opinions, signer — the batch's page shows them whole) and every audit entry
 * that touched the record, its batch and its nominee; the check of the audit chain; an .xlsx of what is shown.
 */
@Named
@ViewScoped
public class AuditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 200;

    @Inject private CommendationService commendations;
    @Inject private NominationService nominations;
    @Inject private AuditSearch auditSearch;
    @Inject private AuditVerification verification;

    @Getter @Setter private RecipientType recipientType = RecipientType.PERSON;
    @Getter @Setter private String code;
    @Getter private List<HistoryEntry> history = List.of();
    @Getter private HistoryEntry selected;
    @Getter private Long batchId;
    @Getter private Nominations.BatchDetails batch;
    @Getter private Nominations.NomineeDetails nominee;
    @Getter private List<AuditRecord> entries = List.of();
    @Getter private ChainVerification chain;

    public void search() {
        selected = null;
        batch = null;
        entries = List.of();
        if (FacesViolations.attempt("lookup", Set.of("code"), () -> history = commendations.history(recipientType,
                code == null ? null : code.strip()))) {
            if (history.isEmpty()) {
                FacesMessages.info(null, "rptmsg", "auditor.noHistory");
            }
        } else {
            history = List.of();
        }
    }

    public void select(long id) {
        selected = history.stream().filter(h -> h.id() == id).findFirst().orElse(null);
        if (selected == null) {
            return;
        }
        Map<Long, Long> batches = nominations.batchesOf(List.of(id));
        batchId = batches.get(id);
        batch = batchId == null ? null : nominations.find(batchId);
        nominee = batch == null ? null : batch.nominees().stream()
                .filter(n -> n.commendationId() != null && n.commendationId() == id).findFirst().orElse(null);
        List<AuditRecord> found = new ArrayList<>(auditSearch.list(new AuditFilter(null, "Commendation", Long.toString(id),
                null, null, null, null), 0, ENTRIES));
        if (batchId != null) {
            found.addAll(auditSearch.list(new AuditFilter(null, "NominationBatch", Long.toString(batchId), null, null, null,
                    null), 0, ENTRIES));
        }
        if (nominee != null) {
            for (String type : List.of("Nominee", "Ballot")) {
                found.addAll(auditSearch.list(new AuditFilter(null, type, Long.toString(nominee.id()), null, null, null,
                        null), 0, ENTRIES));
            }
        }
        found.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        entries = found;
    }

    public void verifyChain() {
        chain = verification.verify();
    }

    public void export() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("LichSu");
            Sheets.headerRow(sheet, List.of("Mã bản ghi", "Danh hiệu, hình thức", "Loại", "Năm", "Loại hình", "Số quyết định",
                    "Ngày quyết định", "Người ký", "Cơ quan", "Đã hủy bỏ", "Bị thay bằng"), 18);
            int r = 1;
            for (HistoryEntry h : history) {
                Row row = sheet.createRow(r++);
                String[] cells = {Long.toString(h.id()), h.awardName(), h.awardKind().name(), Integer.toString(h.year()),
                    h.type().name(), h.decisionNumber(), h.decisionDate().toString(), h.signer(), h.authority(),
                    h.revoked() ? "Có" : "", h.supersededBy() == null ? "" : h.supersededBy().toString()};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(Cells.inert(cells[c]));
                }
            }
            Sheet log = workbook.createSheet("NhatKy");
            Sheets.headerRow(log, List.of("Số thứ tự", "Thời điểm", "Người thực hiện", "Đối tượng", "Mã", "Thao tác",
                    "Trước", "Sau"), 22);
            r = 1;
            for (AuditRecord e : entries) {
                Row row = log.createRow(r++);
                String[] cells = {Long.toString(e.seq()), e.occurredAt().toString(), e.actor(), e.entityType(), e.entityId(),
                    e.action().name(), e.before(), e.after()};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(Cells.inert(cells[c]));
                }
            }
            workbook.write(out);
            Downloads.send("kiem-toan-" + (code == null ? "" : code) + ".xlsx", Sheets.XLSX, out.toByteArray());
        }
    }

    public RecipientType[] getRecipientTypes() {
        return RecipientType.values();
    }

    /** When an entry happened, dd/MM/yyyy HH:mm:ss in the province's time zone. */
    public String when(AuditRecord record) {
        return vn.thidua.platform.audit.AuditDifferences.when(record);
    }

    /** An entry's values before and after, side by side. */
    public List<vn.thidua.platform.audit.AuditDifferences.Difference> differences(AuditRecord record) {
        return vn.thidua.platform.audit.AuditDifferences.of(record);
    }
}
