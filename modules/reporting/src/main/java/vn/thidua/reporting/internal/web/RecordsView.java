package vn.thidua.reporting.internal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Page;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.reporting.internal.documents.RecordExports;

/**
 * The commendation search: filters (achievement years, award, type, unit subtree, position category, revoked or not,
 * decision number) on a lazy table paged in the database, and the whole result exported to .xlsx or CSV as it is read.
 */
@Named
@ViewScoped
public class RecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CommendationStatistics statistics;
    @Inject private Catalogue catalogue;

    @Getter @Setter private Integer yearFrom;
    @Getter @Setter private Integer yearTo;
    @Getter @Setter private String awardCode;
    @Getter @Setter private CommendationType type;
    @Getter @Setter private RecipientType recipientType;
    @Getter @Setter private String unitCode;
    @Getter @Setter private String positionCategory;
    @Getter @Setter private String revoked = "ACTIVE";
    @Getter @Setter private String decisionNumber;
    @Getter private final Lines lines = new Lines();

    /** The rows of the table, a page at a time from the database. */
    public class Lines extends LazyDataModel<CommendationStatistics.Line> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, statistics.records(filter(), 0, 1).total());
        }

        @Override
        public List<CommendationStatistics.Line> load(int first, int pageSize, Map<String, SortMeta> sort,
                                                      Map<String, FilterMeta> filters) {
            Page<CommendationStatistics.Line>[] found = new Page[1];
            if (!FacesViolations.attempt("filter", Set.of("unitCode"), () ->
                    found[0] = statistics.records(filter(), first / pageSize, pageSize))) {
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) Math.min(Integer.MAX_VALUE, found[0].total()));
            return found[0].items();
        }

        @Override
        public String getRowKey(CommendationStatistics.Line line) {
            return Long.toString(line.id());
        }
    }

    CommendationStatistics.Filter filter() {
        Boolean revokedFilter = switch (revoked == null ? "ACTIVE" : revoked) {
            case "REVOKED" -> Boolean.TRUE;
            case "NOT_REVOKED" -> Boolean.FALSE;
            default -> null;
        };
        return new CommendationStatistics.Filter(null, null, yearFrom, yearTo,
                awardCode == null || awardCode.isBlank() ? Set.of() : Set.of(awardCode), blank(unitCode), recipientType,
                null, blank(positionCategory), type, revokedFilter, blank(decisionNumber));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void xlsx() throws IOException {
        export("tim-kiem-khen-thuong.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true);
    }

    public void csv() throws IOException {
        export("tim-kiem-khen-thuong.csv", "text/csv; charset=UTF-8", false);
    }

    /** Streams straight into the response: nothing of the file is held whole in memory. */
    private void export(String name, String contentType, boolean workbook) throws IOException {
        CommendationStatistics.Filter filter = filter();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (workbook) {
            RecordExports.xlsx(sink -> statistics.forEach(filter, sink), external.getResponseOutputStream());
        } else {
            RecordExports.csv(sink -> statistics.forEach(filter, sink), external.getResponseOutputStream());
        }
        faces.responseComplete();
    }

    public List<AwardSummary> getAwards() {
        return catalogue.awards();
    }

    public CommendationType[] getTypes() {
        return CommendationType.values();
    }

    public RecipientType[] getRecipientTypes() {
        return RecipientType.values();
    }

    public List<String> getCategories() {
        return List.of("LEADER_PROVINCE", "LEADER_DEPARTMENT", "BUSINESS", "OTHER_LEADER", "DIRECT_WORKER");
    }
}
