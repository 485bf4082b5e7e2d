package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.BallotResult;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A council's secret-ballot result on a nominee. Never changed: a correction is a newer ballot. */
@Entity
@Table(name = "cmd_ballot")
public class BallotRecord extends IdentifiedEntity {

    @Column(name = "nominee_id", nullable = false, updatable = false)
    @Getter private Long nomineeId;

    @Column(name = "members", nullable = false, updatable = false)
    private int members;

    @Column(name = "present", nullable = false, updatable = false)
    private int present;

    @Column(name = "written_votes", nullable = false, updatable = false)
    private int writtenVotes;

    @Column(name = "ballots_issued", nullable = false, updatable = false)
    private int ballotsIssued;

    @Column(name = "ballots_valid", nullable = false, updatable = false)
    private int ballotsValid;

    @Column(name = "agree", nullable = false, updatable = false)
    private int agree;

    @Column(name = "quorum", nullable = false, updatable = false, length = 16)
    @Getter private String quorum;

    @Column(name = "threshold", nullable = false, updatable = false, length = 16)
    @Getter private String threshold;

    @Column(name = "quorum_met", nullable = false, updatable = false)
    private boolean quorumMet;

    @Column(name = "passed", nullable = false, updatable = false)
    @Getter private boolean passed;

    @Column(name = "recusals", updatable = false, length = 2000)
    private String recusals;

    @Column(name = "recused", nullable = false, updatable = false)
    private int recused;

    @Column(name = "coi_policy", nullable = false, updatable = false, length = 16)
    private String coiPolicy = "RECORD";

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    @Getter private String recordedBy;

    protected BallotRecord() {
    }

    public BallotRecord(Long nomineeId, BallotInput in, BallotResult result, String coiPolicy, OffsetDateTime recordedAt,
                        String recordedBy) {
        this(nomineeId, in, result, recordedAt, recordedBy);
        this.coiPolicy = coiPolicy;
    }

    public BallotRecord(Long nomineeId, BallotInput in, BallotResult result, OffsetDateTime recordedAt, String recordedBy) {
        this.nomineeId = nomineeId;
        this.members = in.members();
        this.present = in.present();
        this.writtenVotes = in.writtenVotes();
        this.ballotsIssued = in.ballotsIssued();
        this.ballotsValid = in.ballotsValid();
        this.agree = in.agree();
        this.quorum = result.quorum();
        this.threshold = result.threshold();
        this.quorumMet = result.quorumMet();
        this.passed = result.passed();
        this.recusals = in.recusals() == null || in.recusals().isBlank() ? null : in.recusals().strip();
        this.recused = in.recusedCount();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public BallotInput input() {
        return new BallotInput(members, present, writtenVotes, ballotsIssued, ballotsValid, agree, recusals, recused);
    }

    public boolean excludesRecused() {
        return "EXCLUDE".equals(coiPolicy);
    }
}
