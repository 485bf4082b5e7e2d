package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.Certificates;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.internal.documents.CertificatePdf;
import vn.thidua.commendation.internal.documents.DecisionPdf;
import vn.thidua.commendation.internal.documents.SubmissionPdf;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * The signature's part of a batch's page (nomination-signature.xhtml): the form that starts from the deciding
 * authority and the signer's account, the draft to read first, the signed decision and its certificates.
 */
@Named
@ViewScoped
public class SignatureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NominationView page;
    @Inject private NominationService nominations;
    @Inject private Certificates certificates;

    @Getter @Setter private String number;
    @Getter @Setter private LocalDate date = ProvinceClock.today();
    @Getter @Setter private String signer;
    @Getter @Setter private String authority;
    @Getter @Setter private vn.thidua.commendation.SignerPosition position;
    @Getter @Setter private String place;
    @Getter @Setter private String layoutCode = "";
    private List<Certificates.LayoutDetails> layouts;

    /** The form starts from the deciding authority, its place and the signed-in account's name. */
    @PostConstruct
    void init() {
        if (page.isMaySign()) {
            FacesViolations.attempt("signForm", Set.of(), () -> {
                Nominations.SigningDefaults defaults = nominations.signingDefaults(page.getId());
                authority = defaults.authority();
                place = defaults.place();
                signer = defaults.signer();
                position = defaults.position();
            });
        }
    }

    public void sign() {
        if (FacesViolations.attempt("signForm", Set.of("number", "date", "signer", "authority", "position", "place"),
                () -> nominations.sign(page.getId(),
                page.getBatch().batch().version(), new Nominations.SignInput(number == null ? null : number.strip(), date, signer,
                        authority, position, place)))) {
            page.reload();
            FacesMessages.info(null, "cmdmsg", "nomination.signed", number);
        }
    }

    public void certificatesPdf() throws IOException {
        List<vn.thidua.commendation.Certificates.CertificateLine> lines = certificates.of(page.getId());
        vn.thidua.commendation.Certificates.LayoutDetails blank = getLayouts().stream().filter(l -> l.code().equals(layoutCode)).findFirst()
                .orElse(null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CertificatePdf.write(out, lines, blank);
        send(CertificatePdf.fileName(lines, blank), "application/pdf", out.toByteArray());
    }

    /** The blanks of the awards this batch's decision gave: another authority's blank is not offered. */
    public List<vn.thidua.commendation.Certificates.LayoutDetails> getLayouts() {
        if (layouts == null) {
            Set<String> awarded = page.getBatch() == null ? Set.<String>of() : page.getBatch().nominees().stream()
                    .filter(n -> n.commendationId() != null).map(Nominations.NomineeDetails::awardCode)
                    .collect(java.util.stream.Collectors.toSet());
            layouts = certificates.layouts().stream().filter(l -> l.serves(awarded)).toList();
        }
        return layouts;
    }

    /** The province's submission of a State-level proposal, once the council passed its nominees. */
    public void submissionPdf() throws IOException {
        if (!page.isCentral()) {
            return;
        }
        String province = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("thidua.province.name", String.class).orElse("Tỉnh Sơn La");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SubmissionPdf.write(out, page.getBatch(), province.replaceFirst("^(Tỉnh|Thành phố) ", ""), "Ủy ban nhân dân " + province);
        send("to-trinh-" + page.getBatch().batch().id() + ".pdf", "application/pdf", out.toByteArray());
    }

    /** The decision as it would be signed with what the form holds, marked as a draft; nothing is recorded. */
    public void previewDecision() throws IOException {
        if (page.getBatch() == null || !page.isMaySign()) {
            return;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String province = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("thidua.province.name", String.class).orElse("Tỉnh Sơn La");
        Nominations.DecisionDetails draft = new Nominations.DecisionDetails(blankIfNull(authority),
                number == null || number.isBlank() ? "…" : number.strip(),
                date == null ? vn.thidua.platform.ProvinceClock.today() : date, blankIfNull(signer), null, null,
                position, place);
        DecisionPdf.preview(out, page.getBatch(), province.replaceFirst("^(Tỉnh|Thành phố) ", ""), draft);
        send("du-thao-quyet-dinh-" + page.getBatch().batch().id() + ".pdf", "application/pdf", out.toByteArray());
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    public void decisionPdf() throws IOException {
        if (page.getBatch() == null || page.getBatch().decision() == null) {
            return;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        // Read when needed: a view-scoped bean cannot hold an injected configuration value (not passivation-capable).
        String province = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("thidua.province.name", String.class).orElse("Tỉnh Sơn La");
        DecisionPdf.write(out, page.getBatch(), province.replaceFirst("^(Tỉnh|Thành phố) ", ""));
        send("quyet-dinh-" + page.getBatch().batch().id() + ".pdf", "application/pdf", out.toByteArray());
    }

    /** The positions a decision may be signed in (a committee's two, then a unit's two). */
    public vn.thidua.commendation.SignerPosition[] getPositions() {
        return vn.thidua.commendation.SignerPosition.values();
    }

    private static void send(String name, String contentType, byte[] content) throws IOException {
        vn.thidua.platform.web.Downloads.send(name, contentType, content);
    }
}
