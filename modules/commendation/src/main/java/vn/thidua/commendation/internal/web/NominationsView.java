package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.web.FacesViolations;

/** "Đề nghị khen thưởng": the caller's work list, every batch they may read, and a new batch. */
@Named
@ViewScoped
public class NominationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 200;

    @Inject private NominationService nominations;

    @Getter private List<Nominations.BatchSummary> waiting = List.of();
    @Getter private List<Nominations.BatchSummary> all = List.of();
    @Getter @Setter private String title;
    @Getter @Setter private String unitCode;
    @Getter @Setter private Integer year;
    @Getter @Setter private CommendationType type = CommendationType.THUONG_XUYEN;
    @Getter @Setter private AwardLevel level = AwardLevel.UNIT;
    @Getter @Setter private String movementCode;

    /** The year the annual titles are being considered for: where the year field starts. */
    @Inject vn.thidua.commendation.AnnualCycle cycle;

    @PostConstruct
    void init() {
        year = cycle.consideredYear();
        FacesViolations.attempt("batches", Set.of(), () -> {
            waiting = nominations.list(true, MAX);
            all = nominations.list(false, MAX);
        });
    }

    public void create() throws IOException {
        Long[] id = new Long[1];
        boolean done = FacesViolations.attempt("batchForm", Set.of("title", "unitCode", "year", "movementCode"), () ->
                id[0] = nominations.create(new Nominations.BatchInput(title, unitCode == null ? null : unitCode.strip(),
                        year, type, movementCode == null || movementCode.isBlank() ? null : movementCode.strip(), level)));
        if (done) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/commendation/nomination.xhtml?id=" + id[0]);
        }
    }

    public CommendationType[] getTypes() {
        return CommendationType.values();
    }

    public AwardLevel[] getLevels() {
        return AwardLevel.values();
    }
}
