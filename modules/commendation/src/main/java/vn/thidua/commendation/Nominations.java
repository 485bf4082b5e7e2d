package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.thidua.platform.ProvinceClock;

/** What the nomination workflow takes and shows (see {@link NominationService}). */
public final class Nominations {

    private Nominations() {
    }

    /** The parts of a dossier (RULES.md §6). */
    public enum Part {
        TO_TRINH, BAO_CAO_THANH_TICH, TOM_TAT, BIEN_BAN_HOI_DONG, SANG_KIEN, XAC_NHAN_THUE, XAC_NHAN_BHXH,
        Y_KIEN_QUAN_LY, KHAC
    }

    public record BatchInput(String title, String unitCode, Integer year, CommendationType type, String movementCode,
                             AwardLevel level) implements Serializable {
    }

    public record BatchSummary(long id, String title, String unitCode, int year, CommendationType type,
                               String movementCode, AwardLevel level, NominationState state, OffsetDateTime createdAt,
                               String createdBy, long version, LocalDate dueOn) implements Serializable {

        /** True when the step the batch waits for is past its due date. */
        public boolean overdue() {
            return dueOn != null && ProvinceClock.today().isAfter(dueOn);
        }

        /** The due date as people write it, or empty. */
        public String dueText() {
            return dueOn == null ? "" : DAY.format(dueOn);
        }
    }

    public record BallotDetails(BallotInput input, BallotResult result, String recordedBy, OffsetDateTime recordedAt)
            implements Serializable {
    }

    public record NomineeDetails(long id, RecipientType recipientType, String code, String name, String awardCode,
                              String awardName, boolean withdrawn, Verdict current, Boolean submittedEligible,
                              String submittedOutcome, String submittedRuleSet, String submittedVerdict, String overrideReason,
                              String overrideBy, String appraisal, String appraisalReason, BallotDetails ballot,
                              Long commendationId, List<Part> requiredParts, List<Part> missingParts,
                              boolean unregistered, String permissionRequest, String permissionRequestedBy)
            implements Serializable {

        /** True when the verdict kept at submission failed and a specialist overrode it. */
        public boolean overridden() {
            return overrideReason != null;
        }
    }

    public record EventDetails(NominationAction action, NominationState from, NominationState to, String actor,
                            OffsetDateTime at, String comment) implements Serializable {
    }

    public record FileDetails(long id, Long nomineeId, Part part, String fileName, String contentType, long size,
                           String sha256, OffsetDateTime uploadedAt, String uploadedBy) implements Serializable {
    }

    /**
     * A signed decision ({@code position} and {@code place} are null on decisions signed before they were recorded:
     * the signing line then follows the authority, the place the province).
     */
    public record DecisionDetails(String authority, String number, LocalDate date, String signer, String signedBy,
                               OffsetDateTime signedAt, SignerPosition position, String place) implements Serializable {
    }

    /**
     * What the signature form starts from: the deciding authority of the batch (the unit's committee or the unit
     * for unit-level awards, the province's committee for provincial ones), its place name, the signer's name from
     * the signed-in account and the authority's usual position.
     */
    public record SigningDefaults(String authority, String place, String signer, SignerPosition position)
            implements Serializable {
    }

    /** A batch with what the caller may do on it now. */
    public record BatchDetails(BatchSummary batch, String unitName, List<NomineeDetails> nominees, List<EventDetails> events,
                            List<FileDetails> files, DecisionDetails decision, List<NominationAction> actions,
                            boolean mayEditNominees, boolean mayOverride, boolean mayAppraise, boolean mayRecordBallots,
                            boolean mayUpload, List<Part> missingParts, PostingDetails posting, SessionDetails session)
            implements Serializable {
    }

    /** The public posting of a batch: its window and the opinions with the office's answers. */
    public record PostingDetails(LocalDate openedOn, LocalDate closesOn, boolean open, List<OpinionDetails> opinions,
                              boolean mayAnswer) implements Serializable {

        /** The window as people write dates: dd/MM/yyyy (EL cannot call the formatter itself). */
        public List<String> window() {
            return List.of(DAY.format(openedOn), DAY.format(closesOn));
        }
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record OpinionDetails(long id, String author, String body, OffsetDateTime postedAt, String answer,
                              String answeredBy, OffsetDateTime answeredAt) implements Serializable {
    }

    /** How a member took part in a council session. */
    public enum Attendance { PRESENT, WRITTEN_VOTE, ABSENT }

    public record MemberInput(String name, Attendance attendance, String conflict) implements Serializable {
    }

    public record SessionInput(LocalDate heldOn, String place, String chair, List<MemberInput> members)
            implements Serializable {
    }

    /** A council session with its members; the counts the ballots start from. */
    public record SessionDetails(LocalDate heldOn, String place, String chair, List<MemberInput> members, String recordedBy,
                              OffsetDateTime recordedAt) implements Serializable {

        public int present() {
            return (int) members.stream().filter(m -> m.attendance() == Attendance.PRESENT).count();
        }

        public int writtenVotes() {
            return (int) members.stream().filter(m -> m.attendance() == Attendance.WRITTEN_VOTE).count();
        }

        /** The members who declared a conflict of interest, with what they declared. */
        public String conflicts() {
            return members.stream().filter(m -> m.conflict() != null && !m.conflict().isBlank())
                    .map(m -> m.name() + " (" + m.conflict() + ")").collect(java.util.stream.Collectors.joining(", "));
        }

        public String heldOnText() {
            return DAY.format(heldOn);
        }
    }

    /** {@code position} null: the authority's usual one; {@code place} null: the province's. */
    public record SignInput(String number, LocalDate date, String signer, String authority, SignerPosition position,
                            String place) implements Serializable {
    }

    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    /** Batches in a state, by age: created within the last 7 days, 8 to 30 days ago, earlier. */
    public record StateAge(NominationState state, long recent, long month, long older) implements Serializable {

        public long total() {
            return recent + month + older;
        }
    }
}
