package vn.thidua.commendation.internal.web;

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

    @Inject
    private CommendationService commendations;

    private RecipientType type = RecipientType.PERSON;
    private String code;
    private Integer fromYear;
    private Integer toYear;
    private String awardCode;
    private List<HistoryEntry> entries = List.of();

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
        });
    }

    public List<HistoryEntry> getShown() {
        return entries.stream()
                .filter(e -> fromYear == null || e.year() >= fromYear)
                .filter(e -> toYear == null || e.year() <= toYear)
                .filter(e -> awardCode == null || awardCode.isBlank() || e.awardCode().equals(awardCode))
                .toList();
    }

    public List<String> getAwardCodes() {
        return entries.stream().map(HistoryEntry::awardCode).distinct().sorted().toList();
    }

    public RecipientType[] getTypes() {
        return RecipientType.values();
    }

    public RecipientType getType() {
        return type;
    }

    public void setType(RecipientType type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public void setAwardCode(String awardCode) {
        this.awardCode = awardCode;
    }
}
