package vn.thidua.webapp.web;

import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.sheets.Cells;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditFilter;
import vn.thidua.platform.audit.AuditDifferences;
import vn.thidua.platform.audit.AuditRecord;
import vn.thidua.platform.audit.AuditSearch;
import vn.thidua.platform.audit.AuditVerification;
import vn.thidua.platform.audit.ChainVerification;
import vn.thidua.platform.web.FacesMessages;

/**
 * The audit trail for administrators and auditors: filters, a lazy list newest first, the values before and
 * after side by side, the chain check, and the export of the filtered trail to .xlsx.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 1000;

    @Inject private AuditSearch search;
    @Inject private AuditVerification verification;
    @Inject private UnitService units;

    @Getter @Setter private String unitCode;

    @Getter @Setter private String actor;
    @Getter @Setter private String entityType;
    @Getter @Setter private String entityId;
    @Getter @Setter private AuditAction action;
    @Getter @Setter private LocalDate from;
    @Getter @Setter private LocalDate to;
    @Getter private List<String> entityTypes = List.of();
    @Getter private ChainVerification chain;
    @Getter private LazyDataModel<AuditRecord> model;

    /** One field of a record before and after a change. */

    @PostConstruct
    void init() {
        entityTypes = search.entityTypes();
        model = new AuditModel(this);
    }

    AuditFilter filter() {
        String unitPath = unitCode == null || unitCode.isBlank() ? null
                : units.pathOf(unitCode.strip()).orElse("/none/");
        return new AuditFilter(actor, entityType, entityId, action, from, to, unitPath);
    }

    AuditSearch search() {
        return search;
    }

    public void verify() {
        chain = verification.verify();
        if (chain.intact()) {
            FacesMessages.info(null, "msg", "audit.intact", chain.checked());
            if (chain.keyedFrom() != null) {
                FacesMessages.info(null, "msg", "audit.sealedKey", chain.keyedFrom(), chain.keyFingerprint());
            } else {
                FacesMessages.info(null, "msg", "audit.sealedHash");
            }
        } else {
            FacesMessages.error(null, "msg", "audit.broken", chain.firstBrokenSeq(), chain.problem());
        }
    }

    public String when(AuditRecord record) {
        return AuditDifferences.when(record);
    }

    /** The fields of the values before and after, side by side, changed ones marked. */
    public List<AuditDifferences.Difference> differences(AuditRecord record) {
        return AuditDifferences.of(record);
    }

    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        external.responseReset();
        external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"nhat-ky.xlsx\"");
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("NhatKy");
            String[] headers = {"audit.seq", "audit.when", "audit.actor", "audit.entityType", "audit.entityId",
                "audit.action", "audit.before", "audit.after"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                first.createCell(i).setCellValue(bundle.getString(headers[i]));
            }
            AuditFilter filter = filter();
            int rowNumber = 1;
            for (int page = 0; ; page++) {
                List<AuditRecord> records = search.list(filter, page * EXPORT_PAGE, EXPORT_PAGE);
                for (AuditRecord record : records) {
                    Row row = sheet.createRow(rowNumber++);
                    row.createCell(0).setCellValue(record.seq());
                    row.createCell(1).setCellValue(when(record));
                    row.createCell(2).setCellValue(Cells.inert(record.actor()));
                    row.createCell(3).setCellValue(record.entityType());
                    row.createCell(4).setCellValue(Cells.inert(record.entityId()));
                    row.createCell(5).setCellValue(record.action().name());
                    row.createCell(6).setCellValue(Cells.inert(record.before()));
                    row.createCell(7).setCellValue(Cells.inert(record.after()));
                }
                if (records.size() < EXPORT_PAGE) {
                    break;
                }
            }
            workbook.write(external.getResponseOutputStream());
        } finally {
            workbook.close();
        }
        faces.responseComplete();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** A page of the trail at a time, counted and read in the database. */
    static final class AuditModel extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;

        private final AuditView view;

        AuditModel(AuditView view) {
            this.view = view;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, view.search().count(view.filter()));
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return view.search().list(view.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return Long.toString(record.seq());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> Long.toString(r.seq()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
