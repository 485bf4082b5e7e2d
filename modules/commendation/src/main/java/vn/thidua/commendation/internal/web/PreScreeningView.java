package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.PreScreeningJobs;
import vn.thidua.platform.sheets.Sheets;
import vn.thidua.platform.web.FacesViolations;

/**
 * "Sàng lọc đề nghị": for a unit subtree and a year, who qualifies for each annual title. The run is a background
 * job kept in the database ({@link PreScreeningJobs}); the page holds only the job's id, which is also in its
 * address ({@code ?job=…}), and polls it until it is done: a reload, another node or another day (within the
 * keeping hours) shows the same result.
 */
@Named
@ViewScoped
public class PreScreeningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private PreScreeningJobs jobs;
    @Inject private Catalogue catalogue;

    @Getter @Setter private String unitCode;
    @Getter @Setter private Integer year;
    @Getter @Setter private String jobId;
    @Getter private PreScreeningJobs.JobDetails job;
    private List<PreScreeningJobs.JobDetails> recent;
    private HashMap<String, String> awardNames = new HashMap<>();

    /** The year the annual titles are being considered for: where the year field starts. */
    @Inject vn.thidua.commendation.AnnualCycle cycle;

    @PostConstruct
    void init() {
        year = cycle.consideredYear();
        for (AwardSummary award : catalogue.awards()) {
            awardNames.put(award.code(), award.name());
        }
    }

    /** The view action: the job named in the address, when it is the caller's. */
    public void load() {
        job = jobId == null ? null : jobs.find(jobId).orElse(null);
        if (job == null) {
            jobId = null;
        } else {
            unitCode = job.unitCode();
            year = job.year();
        }
    }

    /** Starts a job and goes to its address, where the page follows it. */
    public String run() {
        String[] started = {null};
        FacesViolations.attempt("prescreeningForm", Set.of("unitCode", "year"),
                () -> started[0] = jobs.start(unitCode, year).id());
        return started[0] == null ? null : "/commendation/prescreening?faces-redirect=true&job=" + started[0];
    }

    /** One poll of the page. */
    public void refresh() {
        if (jobId != null) {
            job = jobs.find(jobId).orElse(null);
        }
    }

    public void download() throws IOException {
        byte[] workbook = jobId == null ? null : jobs.workbook(jobId).orElse(null);
        if (workbook == null || job == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(Sheets.XLSX);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"sang-loc-" + job.unitCode() + "-"
                + job.year() + ".xlsx\"");
        external.setResponseContentLength(workbook.length);
        external.getResponseOutputStream().write(workbook);
        faces.responseComplete();
    }

    public String awardName(String code) {
        return awardNames.getOrDefault(code, code);
    }

    public List<Map.Entry<String, Integer>> getCounts() {
        return job == null || job.counts() == null ? List.of() : List.copyOf(job.counts().entrySet());
    }

    public List<PreScreening.Candidate> getPreview() {
        return job == null ? List.of() : job.preview();
    }

    /** The caller's recent runs, read once per view (the page renders them twice). */
    public List<PreScreeningJobs.JobDetails> getRecent() {
        if (recent == null) {
            recent = jobs.recent();
        }
        return recent;
    }

    /** True while there is nothing (more) to poll for. */
    public boolean isFinished() {
        return job == null || job.finished();
    }

    public boolean isDone() {
        return job != null && job.state() == PreScreeningJobs.State.DONE;
    }

    public int getKeepHours() {
        return jobs.keepHours();
    }

    @Inject private vn.thidua.commendation.RuleSetService ruleSets;

    /** The rules the job applied, in words (name and period), not the version's code. */
    public String getRuleSetName() {
        String code = job == null ? null : job.ruleSetVersion();
        return code == null ? "" : ruleSets.describe(code).map(v -> v.name() + " (" + v.period() + ")").orElse(code);
    }
}
