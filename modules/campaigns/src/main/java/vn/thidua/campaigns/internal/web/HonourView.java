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
import lombok.Getter;
import lombok.Setter;
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

    @Inject private ExemplarService exemplars;
    @Inject private MovementService movements;

    @Getter @Setter private String movementCode;
    @Getter @Setter private Integer year;
    @Getter private List<Exemplars.ExemplarDetails> board = List.of();
    @Getter private List<Movements.MovementSummary> movementChoices = List.of();

    @Getter @Setter private boolean collective;
    @Getter @Setter private String code;
    @Getter @Setter private String exemplarMovement;
    @Getter @Setter private Integer exemplarYear = ProvinceClock.today().getYear();
    @Getter @Setter private LocalDate periodFrom;
    @Getter @Setter private LocalDate periodTo;
    @Getter @Setter private String story;
    @Getter @Setter private transient UploadedFile photo;

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
}
