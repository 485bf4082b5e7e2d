package vn.thidua.commendation.internal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/**
 * One nomination batch: its nominees with their verdicts, the dossier, the workflow actions the caller may take,
 * appraisal, ballots and the signature. The view keeps the batch as last read and reloads it after each action.
 */
@Named
@ViewScoped
public class NominationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NominationService nominations;

    @Inject
    private vn.thidua.commendation.Council council;

    @Inject
    private vn.thidua.commendation.PublicPostings postingsService;

    @Inject
    private vn.thidua.commendation.Certificates certificates;

    @Inject
    private Catalogue catalogue;

    private Long id;
    private Nominations.BatchDetails batch;
    private List<AwardSummary> awards = List.of();
    // Add a nominee
    private RecipientType recipientType = RecipientType.PERSON;
    private String recipientCode;
    private String awardCode;
    // Actions, overrides, appraisal and ballots
    private String comment;
    private Long selected;
    private String reason;
    private Integer members;
    private Integer present;
    private Integer writtenVotes = 0;
    private Integer ballotsIssued;
    private Integer ballotsValid;
    private Integer agree;
    private String recusals;
    private Integer recused = 0;
    // Dossier
    private Nominations.Part part = Nominations.Part.TO_TRINH;
    private Long fileNominee;
    // Signature
    private String number;
    private LocalDate date = ProvinceClock.today();
    private String signer;
    private String authority;
    private vn.thidua.commendation.SignerPosition position;
    private String place;

    public void load() {
        if (id == null) {
            return;
        }
        FacesViolations.attempt("batchHeader", Set.of(), () -> {
            batch = nominations.find(id);
            awards = catalogue.awards();
            if (isMaySign() && authority == null) {
                Nominations.SigningDefaults defaults = nominations.signingDefaults(id);
                authority = defaults.authority();
                place = defaults.place();
                signer = defaults.signer();
                position = defaults.position();
            }
        });
    }

    private void reload() {
        batch = nominations.find(id);
    }

    public void act(NominationAction action) {
        if (FacesViolations.attempt("actionsForm", Set.of("comment"), () -> nominations.act(id, batch.batch().version(),
                action, comment))) {
            comment = null;
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.moved", stateName(batch.batch().state().name()));
        }
    }

    public void addNominee() {
        if (FacesViolations.attempt("nomineeForm", Set.of("recipientCode", "awardCode"), () -> nominations.addNominee(id,
                recipientType, recipientCode == null ? null : recipientCode.strip(), awardCode))) {
            recipientCode = null;
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.added");
        }
    }

    public void withdraw(long nomineeId) {
        if (FacesViolations.attempt("nomineesForm", Set.of(), () -> nominations.withdrawNominee(nomineeId))) {
            reload();
        }
    }

    public void select(long nomineeId) {
        selected = nomineeId;
        reason = null;
        Nominations.SessionDetails session = batch == null ? null : batch.session();
        if (session != null) {
            // The ballot starts from the session's attendance; the secretary adds the counts of the ballot box.
            members = session.members().size();
            present = session.present();
            writtenVotes = session.writtenVotes();
            recusals = session.conflicts().isEmpty() ? null : session.conflicts();
        }
    }

    /** A member row of the session form. */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Nominations.Attendance attendance = Nominations.Attendance.PRESENT;
        private String conflict;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Nominations.Attendance getAttendance() {
            return attendance;
        }

        public void setAttendance(Nominations.Attendance attendance) {
            this.attendance = attendance;
        }

        public String getConflict() {
            return conflict;
        }

        public void setConflict(String conflict) {
            this.conflict = conflict;
        }
    }

    private LocalDate sessionDate = ProvinceClock.today();
    private String sessionPlace;
    private String sessionChair;
    private final java.util.ArrayList<MemberRow> sessionMembers = new java.util.ArrayList<>(List.of(new MemberRow(),
            new MemberRow(), new MemberRow()));

    public void addMember() {
        sessionMembers.add(new MemberRow());
    }

    @Inject
    private vn.thidua.commendation.CouncilRoster rosters;

    /**
     * Fills the session's members, in the roster's order, from the council of the deciding unit for the year of the
     * session (the chair from its chairman); the secretary then marks attendance and declarations.
     */
    public void fillFromRoster() {
        int year = (sessionDate == null ? ProvinceClock.today() : sessionDate).getYear();
        FacesViolations.attempt("sessionForm", Set.of(), () -> {
            List<vn.thidua.commendation.CouncilRoster.Member> roster = rosters.forBatch(id, year);
            if (roster.isEmpty()) {
                FacesMessages.info(null, "cmdmsg", "roster.noneForBatch", Integer.toString(year));
                return;
            }
            sessionMembers.clear();
            for (vn.thidua.commendation.CouncilRoster.Member member : roster) {
                MemberRow row = new MemberRow();
                row.setName(member.name());
                sessionMembers.add(row);
                if (member.seat() == vn.thidua.commendation.CouncilRoster.Seat.CHAIR && sessionChair == null) {
                    sessionChair = member.name();
                }
            }
        });
    }

    public void recordSession() {
        if (FacesViolations.attempt("sessionForm", Set.of("heldOn", "place", "chair", "members"), () ->
                council.recordSession(id, new Nominations.SessionInput(sessionDate, sessionPlace, sessionChair,
                        sessionMembers.stream().map(m -> new Nominations.MemberInput(m.getName(), m.getAttendance(),
                                m.getConflict())).toList())))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "session.saved");
        }
    }

    public Nominations.Attendance[] getAttendances() {
        return Nominations.Attendance.values();
    }

    public List<MemberRow> getSessionMembers() {
        return sessionMembers;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getSessionPlace() {
        return sessionPlace;
    }

    public void setSessionPlace(String sessionPlace) {
        this.sessionPlace = sessionPlace;
    }

    public String getSessionChair() {
        return sessionChair;
    }

    public void setSessionChair(String sessionChair) {
        this.sessionChair = sessionChair;
    }

    public void override() {
        if (FacesViolations.attempt("overrideForm", Set.of("reason"), () -> nominations.override(selected, reason))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.overrideSaved");
        }
    }

    public void requestPermission() {
        if (FacesViolations.attempt("permissionForm", Set.of("reason"), () -> nominations.requestPermission(selected,
                reason))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "permission.sent");
        }
    }

    private final java.util.HashMap<String, String> ruleSetNames = new java.util.HashMap<>();

    @Inject
    private vn.thidua.commendation.RuleSetService ruleSets;

    /** A rule-set version in words ("Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP"), not its code. */
    public String ruleSetName(String code) {
        if (code == null) {
            return "";
        }
        return ruleSetNames.computeIfAbsent(code, c -> ruleSets.describe(c).map(v -> v.name()).orElse(c));
    }

    public void appraise(boolean pass) {
        if (FacesViolations.attempt("appraiseForm", Set.of("reason"), () -> nominations.appraise(selected, pass, reason))) {
            reload();
            FacesMessages.info(null, "cmdmsg", pass ? "nomination.appraisedPass" : "nomination.appraisedFail");
        }
    }

    public void recordBallot() {
        if (FacesViolations.attempt("ballotForm", Set.of("members", "present", "writtenVotes", "ballotsIssued",
                "ballotsValid", "agree", "recusals", "recused"), () -> council.recordBallot(selected,
                new BallotInput(members, present, writtenVotes, ballotsIssued, ballotsValid, agree, recusals, recused)))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.ballotRecorded");
        }
    }

    public void sign() {
        if (FacesViolations.attempt("signForm", Set.of("number", "date", "signer", "authority", "position", "place"),
                () -> nominations.sign(id,
                batch.batch().version(), new Nominations.SignInput(number == null ? null : number.strip(), date, signer,
                        authority, position, place)))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.signed", number);
        }
    }

    public void upload(FileUploadEvent event) {
        if (FacesViolations.attempt("filesForm", Set.of(), () -> {
            try (InputStream in = event.getFile().getInputStream()) {
                Object chosen = event.getComponent().getAttributes().get("part");
                Object nominee = event.getComponent().getAttributes().get("nominee");
                nominations.upload(id, nominee instanceof Number n ? n.longValue() : null,
                        chosen instanceof Nominations.Part p ? p : part, event.getFile().getFileName(), in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.uploaded");
        }
    }

    private final java.util.HashMap<Long, String> answers = new java.util.HashMap<>();

    public void answer(long opinionId) {
        if (FacesViolations.attempt("postingForm", Set.of(), () -> postingsService.answer(opinionId, answers.get(opinionId)))) {
            answers.remove(opinionId);
            reload();
        }
    }

    /** The answer being written to each opinion (by opinion id). */
    public java.util.Map<Long, String> getAnswers() {
        return answers;
    }

    public void download(long fileId) throws IOException {
        Nominations.StoredFile file = nominations.file(fileId);
        send(file.fileName(), file.contentType(), file.content());
    }

    private String layoutCode = "";
    private List<vn.thidua.commendation.Certificates.LayoutDetails> layouts;

    public void certificatesPdf() throws IOException {
        List<vn.thidua.commendation.Certificates.CertificateLine> lines = certificates.of(id);
        vn.thidua.commendation.Certificates.LayoutDetails blank = getLayouts().stream().filter(l -> l.code().equals(layoutCode)).findFirst()
                .orElse(null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CertificatePdf.write(out, lines, blank);
        send(CertificatePdf.fileName(lines, blank), "application/pdf", out.toByteArray());
    }

    /** The blanks of the awards this batch's decision gave: another authority's blank is not offered. */
    public List<vn.thidua.commendation.Certificates.LayoutDetails> getLayouts() {
        if (layouts == null) {
            Set<String> awarded = batch == null ? Set.of() : batch.nominees().stream()
                    .filter(n -> n.commendationId() != null).map(Nominations.NomineeDetails::awardCode)
                    .collect(java.util.stream.Collectors.toSet());
            layouts = certificates.layouts().stream().filter(l -> l.serves(awarded)).toList();
        }
        return layouts;
    }

    public String getLayoutCode() {
        return layoutCode;
    }

    public void setLayoutCode(String layoutCode) {
        this.layoutCode = layoutCode;
    }

    public void template(String kind) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportTemplates.write(ReportTemplates.Kind.valueOf(kind), out);
        send("mau-bao-cao-thanh-tich-" + ("PERSON".equals(kind) ? "ca-nhan" : "tap-the") + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray());
    }

    /** The province's submission of a State-level proposal, once the council passed its nominees. */
    public void submissionPdf() throws IOException {
        if (!isCentral()) {
            return;
        }
        String province = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("thidua.province.name", String.class).orElse("Tỉnh Sơn La");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SubmissionPdf.write(out, batch, province.replaceFirst("^(Tỉnh|Thành phố) ", ""), "Ủy ban nhân dân " + province);
        send("to-trinh-" + batch.batch().id() + ".pdf", "application/pdf", out.toByteArray());
    }

    /** The decision as it would be signed with what the form holds, marked as a draft; nothing is recorded. */
    public void previewDecision() throws IOException {
        if (batch == null || !isMaySign()) {
            return;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String province = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("thidua.province.name", String.class).orElse("Tỉnh Sơn La");
        Nominations.DecisionDetails draft = new Nominations.DecisionDetails(blankIfNull(authority),
                number == null || number.isBlank() ? "…" : number.strip(),
                date == null ? vn.thidua.platform.ProvinceClock.today() : date, blankIfNull(signer), null, null,
                position, place);
        DecisionPdf.preview(out, batch, province.replaceFirst("^(Tỉnh|Thành phố) ", ""), draft);
        send("du-thao-quyet-dinh-" + batch.batch().id() + ".pdf", "application/pdf", out.toByteArray());
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    public void decisionPdf() throws IOException {
        if (batch == null || batch.decision() == null) {
            return;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        // Read when needed: a view-scoped bean cannot hold an injected configuration value (not passivation-capable).
        String province = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("thidua.province.name", String.class).orElse("Tỉnh Sơn La");
        DecisionPdf.write(out, batch, province.replaceFirst("^(Tỉnh|Thành phố) ", ""));
        send("quyet-dinh-" + batch.batch().id() + ".pdf", "application/pdf", out.toByteArray());
    }

    private static void send(String name, String contentType, byte[] content) throws IOException {
        vn.thidua.platform.web.Downloads.send(name, contentType, content);
    }

    private static String stateName(String state) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return java.util.ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages",
                faces.getViewRoot().getLocale(), NominationView.class.getClassLoader()).getString("state." + state);
    }

    /** The awards of the batch's level for the chosen kind of recipient. */
    public List<AwardSummary> getAwards() {
        if (batch == null) {
            return List.of();
        }
        return awards.stream().filter(a -> a.isFor(recipientType) && a.level() == batch.batch().level()).toList();
    }

    public List<NominationAction> getActions() {
        return batch == null ? List.of() : batch.actions().stream().filter(a -> a != NominationAction.SIGN).toList();
    }

    /** True for State-level proposals, whose "signature" records the central decision. */
    public boolean isCentral() {
        return batch != null && batch.batch().level() == vn.thidua.commendation.AwardLevel.STATE;
    }

    public boolean isMaySign() {
        return batch != null && batch.actions().contains(NominationAction.SIGN);
    }

    public Nominations.NomineeDetails getSelectedNominee() {
        return batch == null || selected == null ? null
                : batch.nominees().stream().filter(n -> n.id() == selected).findFirst().orElse(null);
    }

    /** The name of the nominee a dossier file belongs to (empty for the batch's own parts). */
    public String nomineeName(Long nomineeId) {
        return nomineeId == null || batch == null ? "" : batch.nominees().stream().filter(n -> n.id() == nomineeId)
                .map(Nominations.NomineeDetails::name).findFirst().orElse("");
    }

    public List<Nominations.NomineeDetails> getActiveNominees() {
        return batch == null ? List.of() : batch.nominees().stream().filter(n -> !n.withdrawn()).toList();
    }

    /** The dossier parts still missing before submission, named in the user's language. */
    public String getMissingPartNames() {
        if (batch == null) {
            return "";
        }
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), NominationView.class.getClassLoader());
        return batch.missingParts().stream().map(p -> bundle.getString("part." + p.name()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public RecipientType[] getRecipientTypes() {
        return RecipientType.values();
    }

    public Nominations.Part[] getParts() {
        return Nominations.Part.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Nominations.BatchDetails getBatch() {
        return batch;
    }

    public RecipientType getRecipientType() {
        return recipientType;
    }

    public void setRecipientType(RecipientType recipientType) {
        this.recipientType = recipientType;
    }

    public String getRecipientCode() {
        return recipientCode;
    }

    public void setRecipientCode(String recipientCode) {
        this.recipientCode = recipientCode;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public void setAwardCode(String awardCode) {
        this.awardCode = awardCode;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Integer getPresent() {
        return present;
    }

    public void setPresent(Integer present) {
        this.present = present;
    }

    public Integer getWrittenVotes() {
        return writtenVotes;
    }

    public void setWrittenVotes(Integer writtenVotes) {
        this.writtenVotes = writtenVotes;
    }

    public Integer getBallotsIssued() {
        return ballotsIssued;
    }

    public void setBallotsIssued(Integer ballotsIssued) {
        this.ballotsIssued = ballotsIssued;
    }

    public Integer getBallotsValid() {
        return ballotsValid;
    }

    public void setBallotsValid(Integer ballotsValid) {
        this.ballotsValid = ballotsValid;
    }

    public Integer getAgree() {
        return agree;
    }

    public void setAgree(Integer agree) {
        this.agree = agree;
    }

    public String getRecusals() {
        return recusals;
    }

    public void setRecusals(String recusals) {
        this.recusals = recusals;
    }

    public Integer getRecused() {
        return recused;
    }

    public void setRecused(Integer recused) {
        this.recused = recused;
    }

    public Nominations.Part getPart() {
        return part;
    }

    public void setPart(Nominations.Part part) {
        this.part = part;
    }

    public Long getFileNominee() {
        return fileNominee;
    }

    public void setFileNominee(Long fileNominee) {
        this.fileNominee = fileNominee;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public vn.thidua.commendation.SignerPosition getPosition() {
        return position;
    }

    public void setPosition(vn.thidua.commendation.SignerPosition position) {
        this.position = position;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    /** The positions a decision may be signed in (a committee's two, then a unit's two). */
    public vn.thidua.commendation.SignerPosition[] getPositions() {
        return vn.thidua.commendation.SignerPosition.values();
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }
}
