package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** "Công khai danh sách": the lists posted for opinions, for every signed-in user, with an opinion form each. */
@Named
@ViewScoped
public class PostingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NominationService nominations;
    @Inject private vn.thidua.commendation.PublicPostings postingsService;

    @Getter private List<vn.thidua.commendation.PublicPostings.PostedBatch> postings = List.of();
    private final HashMap<Long, String> opinions = new HashMap<>();

    @PostConstruct
    void init() {
        FacesViolations.attempt("postings", Set.of(), () -> postings = postingsService.open());
    }

    public void opine(long batchId) {
        if (FacesViolations.attempt("postingForm", Set.of(), () -> postingsService.opine(batchId, opinions.get(batchId)))) {
            opinions.remove(batchId);
            FacesMessages.info(null, "cmdmsg", "posting.recorded");
        }
    }

    /** The opinion being written for each list (by batch id). */
    public Map<Long, String> getOpinions() {
        return opinions;
    }
}
