package vn.thidua.campaigns.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.campaigns.ExemplarService;
import vn.thidua.campaigns.Exemplars;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.MovementState;
import vn.thidua.campaigns.Movements;
import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.Registrations;
import vn.thidua.campaigns.ReviewKind;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.web.Downloads;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * A movement's page ({@code ?code=}): what it is, its state and next step, participants, phases, reviews,
 * registrations, the rankings of its clusters, its exemplars (the nominations linked to it come from commendation).
 */
@Named
@ViewScoped
public class MovementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private MovementService movements;
    @Inject private RegistrationService registrations;
    @Inject private ClusterService clusters;
    @Inject private ExemplarService exemplars;

    @Getter @Setter private String code;
    @Getter private Movements.MovementDetails movement;
    @Getter private List<Registrations.RegistrationDetails> registered = List.of();
    @Getter private List<Clusters.ClusterDetails> rankings = List.of();
    @Getter private List<Exemplars.ExemplarDetails> examples = List.of();

    @Getter @Setter private String phaseName;
    @Getter @Setter private LocalDate phaseStartsOn;
    @Getter @Setter private LocalDate phaseEndsOn;
    @Getter @Setter private ReviewKind reviewKind = ReviewKind.INTERIM;
    @Getter @Setter private LocalDate heldOn;
    @Getter @Setter private String summary;
    @Getter @Setter private String figures;
    @Getter @Setter private transient UploadedFile reviewFile;

    public void load() {
        if (code == null) {
            return;
        }
        movement = movements.find(code).orElse(null);
        if (movement == null) {
            FacesMessages.error(null, "cmpmsg", "movement.unknown", code);
            return;
        }
        registered = registrations.ofMovement(code, 500);
        List<Clusters.ClusterDetails> found = new ArrayList<>();
        for (String clusterCode : movement.clusterCodes()) {
            try {
                found.add(clusters.find(clusterCode, movement.summary().startsOn().getYear()));
            } catch (UnknownRecordException gone) {
                // A cluster of the movement's first year only; nothing to show for it.
            }
        }
        rankings = found;
        examples = exemplars.board(code, null, 100);
    }

    public void advance() {
        if (FacesViolations.attempt("actions", Set.of(), () -> movements.advance(code, movement.summary().version()))) {
            FacesMessages.info(null, "cmpmsg", "movement.advanced");
        }
        load();
    }

    /** The label of the button that moves the movement on, by its state. */
    public String getNextStep() {
        MovementState next = movement == null ? null : movement.summary().state().next();
        return next == null ? null : "movement.to." + next.name();
    }

    public void uploadLaunchDocument(FileUploadEvent event) {
        if (FacesViolations.attempt("actions", Set.of("launchFile"), () -> {
            try (InputStream in = event.getFile().getInputStream()) {
                movements.attachLaunchDocument(code, event.getFile().getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })) {
            FacesMessages.info(null, "cmpmsg", "movement.documentAttached");
        }
        load();
    }

    public void addPhase() {
        if (FacesViolations.attempt("phaseForm", Set.of("phaseName", "phaseStartsOn", "phaseEndsOn"),
                () -> movements.addPhase(code, phaseName, phaseStartsOn, phaseEndsOn))) {
            phaseName = null;
            phaseStartsOn = null;
            phaseEndsOn = null;
            load();
        }
    }

    public void recordReview() {
        UploadedFile file = reviewFile != null && reviewFile.getSize() > 0 ? reviewFile : null;
        if (FacesViolations.attempt("reviewForm", Set.of("reviewKind", "heldOn", "summary", "figures", "reviewFile"), () -> {
            try (InputStream in = file == null ? null : file.getInputStream()) {
                movements.recordReview(code, reviewKind, heldOn, summary, figures, file == null ? null : file.getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })) {
            FacesMessages.info(null, "cmpmsg", "movement.reviewRecorded");
            heldOn = null;
            summary = null;
            figures = null;
            load();
        }
        reviewFile = null;
    }

    public void download(long documentId) throws IOException {
        Movements.StoredDocument document = movements.document(documentId);
        Downloads.send(document.fileName(), document.contentType(), document.content());
    }

    public ReviewKind[] getReviewKinds() {
        return ReviewKind.values();
    }
}
