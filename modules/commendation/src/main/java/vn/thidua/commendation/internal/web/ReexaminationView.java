package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.Reexamination;
import vn.thidua.platform.web.FacesViolations;

/** "Cần xem xét lại": decided awards whose conditions relied on a record later revoked or corrected. */
@Named
@ViewScoped
public class ReexaminationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CommendationService commendations;

    @Getter private List<Reexamination> flagged = List.of();

    @PostConstruct
    void init() {
        FacesViolations.attempt("flags", Set.of(), () -> flagged = commendations.toReexamine());
    }
}
