package vn.thidua.campaigns.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.campaigns.ExemplarService;
import vn.thidua.campaigns.Exemplars;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.Movements;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/** The honour board (bảng vàng) by movement and year, and the form that records an exemplar with a photo. */
@Named
@ViewScoped
public class HonourView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 120;

    @Inject
    private ExemplarService exemplars;

    @Inject
    private MovementService movements;

    private String movementCode;
    private Integer year;
    private List<Exemplars.ExemplarDetails> board = List.of();
    private List<Movements.MovementSummary> movementChoices = List.of();

    private boolean collective;
    private String code;
    private String exemplarMovement;
    private Integer exemplarYear = ProvinceClock.today().getYear();
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String story;
    private transient UploadedFile photo;

    @PostConstruct
    void init() {
        movementChoices = movements.list(null, 200);
        search();
    }

    public void search() {
        board = exemplars.board(blank(movementCode), year, SHOWN);
    }

    public void record() {
        UploadedFile file = photo != null && photo.getSize() > 0 ? photo : null;
        if (FacesViolations.attempt("exemplarForm", Set.of("code", "movementCode", "year", "periodTo", "story", "photo"), () -> {
            try (InputStream in = file == null ? null : file.getInputStream()) {
                exemplars.record(new Exemplars.ExemplarInput(collective, code, blank(exemplarMovement), exemplarYear, periodFrom,
                        periodTo, story), file == null ? null : file.getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })) {
            FacesMessages.info(null, "cmpmsg", "honour.recorded");
            code = null;
            story = null;
            periodFrom = null;
            periodTo = null;
            search();
        }
        photo = null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<Exemplars.ExemplarDetails> getBoard() {
        return board;
    }

    public List<Movements.MovementSummary> getMovementChoices() {
        return movementChoices;
    }

    public String getMovementCode() {
        return movementCode;
    }

    public void setMovementCode(String movementCode) {
        this.movementCode = movementCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isCollective() {
        return collective;
    }

    public void setCollective(boolean collective) {
        this.collective = collective;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getExemplarMovement() {
        return exemplarMovement;
    }

    public void setExemplarMovement(String exemplarMovement) {
        this.exemplarMovement = exemplarMovement;
    }

    public Integer getExemplarYear() {
        return exemplarYear;
    }

    public void setExemplarYear(Integer exemplarYear) {
        this.exemplarYear = exemplarYear;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }
}
