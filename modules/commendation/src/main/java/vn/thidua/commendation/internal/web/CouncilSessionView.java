package vn.thidua.commendation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.Council;
import vn.thidua.commendation.CouncilRoster;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * The council's part of a batch's page (nomination-council.xhtml): the session with its members (from the council's
 * roster, or typed), and each nominee's secret ballot, which starts from the session's attendance.
 */
@Named
@ViewScoped
public class CouncilSessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NominationView page;
    @Inject private Council council;
    @Inject private CouncilRoster rosters;

    @Getter @Setter private LocalDate sessionDate = ProvinceClock.today();
    @Getter @Setter private String sessionPlace;
    @Getter @Setter private String sessionChair;
    @Getter @Setter private Integer members;
    @Getter @Setter private Integer present;
    @Getter @Setter private Integer writtenVotes = 0;
    @Getter @Setter private Integer ballotsIssued;
    @Getter @Setter private Integer ballotsValid;
    @Getter @Setter private Integer agree;
    @Getter @Setter private String recusals;
    @Getter @Setter private Integer recused = 0;

    /** Chooses the nominee whose ballot is recorded; the counts start from the session's attendance. */
    public void select(long nomineeId) {
        page.select(nomineeId);
        Nominations.SessionDetails session = page.getBatch() == null ? null : page.getBatch().session();
        if (session != null) {
            members = session.members().size();
            present = session.present();
            writtenVotes = session.writtenVotes();
            recusals = session.conflicts().isEmpty() ? null : session.conflicts();
        }
    }

    /** A member row of the session form. */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        @Getter @Setter private String name;
        @Getter @Setter private Nominations.Attendance attendance = Nominations.Attendance.PRESENT;
        @Getter @Setter private String conflict;
    }

    private final java.util.ArrayList<MemberRow> sessionMembers = new java.util.ArrayList<>(List.of(new MemberRow(),
            new MemberRow(), new MemberRow()));
    public void addMember() {
        sessionMembers.add(new MemberRow());
    }

    /**
     * Fills the session's members, in the roster's order, from the council of the deciding unit for the year of the
     * session (the chair from its chairman); the secretary then marks attendance and declarations.
     */
    public void fillFromRoster() {
        int year = (sessionDate == null ? ProvinceClock.today() : sessionDate).getYear();
        FacesViolations.attempt("sessionForm", Set.of(), () -> {
            List<vn.thidua.commendation.CouncilRoster.Member> roster = rosters.forBatch(page.getId(), year);
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
                council.recordSession(page.getId(), new Nominations.SessionInput(sessionDate, sessionPlace, sessionChair,
                        sessionMembers.stream().map(m -> new Nominations.MemberInput(m.getName(), m.getAttendance(),
                                m.getConflict())).toList())))) {
            page.reload();
            FacesMessages.info(null, "cmdmsg", "session.saved");
        }
    }

    public Nominations.Attendance[] getAttendances() {
        return Nominations.Attendance.values();
    }

    public List<MemberRow> getSessionMembers() {
        return sessionMembers;
    }

    public void recordBallot() {
        if (FacesViolations.attempt("ballotForm", Set.of("members", "present", "writtenVotes", "ballotsIssued",
                "ballotsValid", "agree", "recusals", "recused"), () -> council.recordBallot(page.getSelected(),
                new BallotInput(members, present, writtenVotes, ballotsIssued, ballotsValid, agree, recusals, recused)))) {
            page.reload();
            FacesMessages.info(null, "cmdmsg", "nomination.ballotRecorded");
        }
    }
}
