package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.PreScreening;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.sheets.Sheets;
import vn.thidua.platform.web.FacesViolations;

/**
 * "Sàng lọc đề nghị": for a unit subtree and a year, who qualifies for each annual title. The run writes the
 * whole result to a workbook kept on the server; the page shows the counts and the first candidates.
 */
@Named
@ViewScoped
public class PreScreeningView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PREVIEW = 50;

    @Inject
    private PreScreening preScreening;

    @Inject
    private PreScreeningFiles files;

    @Inject
    private Catalogue catalogue;

    @Inject
    private Caller caller;

    private String unitCode;
    private Integer year = Year.now().getValue() - 1;
    private PreScreening.Summary summary;
    private List<PreScreening.Candidate> preview = List.of();
    private String fileId;
    private HashMap<String, String> awardNames = new HashMap<>();

    @PostConstruct
    void init() {
        for (AwardSummary award : catalogue.awards()) {
            awardNames.put(award.code(), award.name());
        }
    }

    public void run() {
        summary = null;
        preview = List.of();
        fileId = null;
        FacesViolations.attempt("prescreeningForm", Set.of("unitCode", "year"), () -> {
            Checks checks = new Checks();
            String code = checks.code("unitCode", unitCode == null ? null : unitCode.strip(), true);
            checks.throwIfAny();
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            String id = files.create(caller.name());
            List<PreScreening.Candidate> first = new ArrayList<>();
            try (PreScreeningWorkbook workbook = new PreScreeningWorkbook(locale, awardNames);
                 OutputStream out = Files.newOutputStream(files.file(id, caller.name()).orElseThrow())) {
                PreScreening.Summary result = preScreening.run(code, year == null ? 0 : year, candidate -> {
                    workbook.accept(candidate);
                    if (first.size() < PREVIEW) {
                        first.add(candidate);
                    }
                });
                workbook.write(result, out);
                summary = result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            preview = List.copyOf(first);
            fileId = id;
        });
    }

    public void download() throws IOException {
        Path file = files.file(fileId, caller.name()).orElse(null);
        if (file == null || summary == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(Sheets.XLSX);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"sang-loc-" + summary.unitCode() + "-"
                + summary.year() + ".xlsx\"");
        external.setResponseContentLength((int) Files.size(file));
        Files.copy(file, external.getResponseOutputStream());
        faces.responseComplete();
    }

    public String awardName(String code) {
        return awardNames.getOrDefault(code, code);
    }

    public List<Map.Entry<String, Integer>> getCounts() {
        return summary == null ? List.of() : List.copyOf(summary.qualified().entrySet());
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public PreScreening.Summary getSummary() {
        return summary;
    }

    public List<PreScreening.Candidate> getPreview() {
        return preview;
    }
}
