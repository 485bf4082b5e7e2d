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
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** "Công khai danh sách": the lists posted for opinions, for every signed-in user, with an opinion form each. */
@Named
@ViewScoped
public class PostingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NominationService nominations;

    private List<Nominations.PostedBatch> postings = List.of();
    private final HashMap<Long, String> opinions = new HashMap<>();

    @PostConstruct
    void init() {
        FacesViolations.attempt("postings", Set.of(), () -> postings = nominations.postings());
    }

    public void opine(long batchId) {
        if (FacesViolations.attempt("postingForm", Set.of(), () -> nominations.opine(batchId, opinions.get(batchId)))) {
            opinions.remove(batchId);
            FacesMessages.info(null, "cmdmsg", "posting.recorded");
        }
    }

    public List<Nominations.PostedBatch> getPostings() {
        return postings;
    }

    /** The opinion being written for each list (by batch id). */
    public Map<Long, String> getOpinions() {
        return opinions;
    }
}
