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
import vn.thidua.reporting.internal.application.RecordExports;

/**
 * The commendation search: filters (achievement years, award, type, unit subtree, position category, revoked or not,
 * decision number) on a lazy table paged in the database, and the whole result exported to .xlsx or CSV as it is read.
 */
@Named
@ViewScoped
public class RecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommendationStatistics statistics;

    @Inject
    private Catalogue catalogue;

    private Integer yearFrom;
    private Integer yearTo;
    private String awardCode;
    private CommendationType type;
    private RecipientType recipientType;
    private String unitCode;
    private String positionCategory;
    private String revoked = "ACTIVE";
    private String decisionNumber;
    private final Lines lines = new Lines();

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

    public Lines getLines() {
        return lines;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer yearFrom) {
        this.yearFrom = yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer yearTo) {
        this.yearTo = yearTo;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public void setAwardCode(String awardCode) {
        this.awardCode = awardCode;
    }

    public CommendationType getType() {
        return type;
    }

    public void setType(CommendationType type) {
        this.type = type;
    }

    public RecipientType getRecipientType() {
        return recipientType;
    }

    public void setRecipientType(RecipientType recipientType) {
        this.recipientType = recipientType;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getPositionCategory() {
        return positionCategory;
    }

    public void setPositionCategory(String positionCategory) {
        this.positionCategory = positionCategory;
    }

    public String getRevoked() {
        return revoked;
    }

    public void setRevoked(String revoked) {
        this.revoked = revoked;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }
}
