package vn.thidua.commendation.internal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** The dossier's part of a batch's page (nomination-dossier.xhtml): templates, files, uploads per part and nominee. */
@Named
@ViewScoped
public class DossierView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NominationView page;
    @Inject private Dossiers dossiers;

    @Getter @Setter private Nominations.Part part = Nominations.Part.TO_TRINH;
    @Getter @Setter private Long fileNominee;

    public void upload(FileUploadEvent event) {
        if (FacesViolations.attempt("filesForm", Set.of(), () -> {
            try (InputStream in = event.getFile().getInputStream()) {
                Object chosen = event.getComponent().getAttributes().get("part");
                Object nominee = event.getComponent().getAttributes().get("nominee");
                dossiers.upload(page.getId(), nominee instanceof Number n ? n.longValue() : null,
                        chosen instanceof Nominations.Part p ? p : part, event.getFile().getFileName(), in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            page.reload();
            FacesMessages.info(null, "cmdmsg", "nomination.uploaded");
        }
    }

    public void download(long fileId) throws IOException {
        Nominations.StoredFile file = dossiers.file(fileId);
        send(file.fileName(), file.contentType(), file.content());
    }

    public void template(String kind) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportTemplates.write(ReportTemplates.Kind.valueOf(kind), out);
        send("mau-bao-cao-thanh-tich-" + ("PERSON".equals(kind) ? "ca-nhan" : "tap-the") + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray());
    }

    /** The name of the nominee a dossier file belongs to (empty for the batch's own parts). */
    public String nomineeName(Long nomineeId) {
        return nomineeId == null || page.getBatch() == null ? "" : page.getBatch().nominees().stream().filter(n -> n.id() == nomineeId)
                .map(Nominations.NomineeDetails::name).findFirst().orElse("");
    }

    /** The dossier parts still missing before submission, named in the user's language. */
    public String getMissingPartNames() {
        if (page.getBatch() == null) {
            return "";
        }
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), DossierView.class.getClassLoader());
        return page.getBatch().missingParts().stream().map(p -> bundle.getString("part." + p.name()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public Nominations.Part[] getParts() {
        return Nominations.Part.values();
    }

    private static void send(String name, String contentType, byte[] content) throws IOException {
        vn.thidua.platform.web.Downloads.send(name, contentType, content);
    }
}
