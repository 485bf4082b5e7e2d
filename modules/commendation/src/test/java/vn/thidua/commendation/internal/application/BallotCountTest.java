package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.BallotResult;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;

class BallotCountTest {

    private static final BallotCount.Fraction QUORUM = BallotCount.Fraction.parse("2/3");

    /** members, present, written, issued, valid, agree, threshold → quorum met, passed, percent. */
    @ParameterizedTest(name = "{0} members, {1} present, {5} agree, threshold {6} → quorum {7}, passed {8}")
    @CsvSource({
        // The quorum at its boundary: 6 of 9 is exactly 2/3; 5 of 9 is not.
        "9, 6, 0, 6, 6, 6, 7/10, true, false, 66.67",
        "9, 5, 3, 8, 8, 8, 7/10, false, false, 88.89",
        // 70% of all members, not of those present: 7 of 10 passes, 6 of 10 does not even with all present agreeing.
        "10, 7, 0, 7, 7, 7, 7/10, true, true, 70",
        "10, 6, 1, 7, 7, 6, 7/10, false, false, 60",
        "10, 10, 0, 10, 10, 6, 7/10, true, false, 60",
        // Written votes of absent members count towards the percentage.
        "10, 7, 2, 9, 9, 9, 9/10, true, true, 90",
        "10, 7, 2, 9, 9, 8, 9/10, true, false, 80",
        // 90% for State-level forms at its boundary: 27 of 30.
        "30, 28, 0, 28, 28, 27, 9/10, true, true, 90",
        "30, 28, 0, 28, 28, 26, 9/10, true, false, 86.67",
        // A member who declared a conflict and abstained still counts among all members.
        "11, 11, 0, 10, 10, 8, 7/10, true, true, 72.73",
        "11, 11, 0, 10, 10, 7, 7/10, true, false, 63.64"})
    void countsOverAllMembers(int members, int present, int written, int issued, int valid, int agree, String threshold,
                              boolean quorumMet, boolean passed, String percent) {
        BallotResult result = BallotCount.count(new BallotInput(members, present, written, issued, valid, agree, null),
                QUORUM, BallotCount.Fraction.parse(threshold));
        assertThat(result.quorumMet()).isEqualTo(quorumMet);
        assertThat(result.passed()).isEqualTo(passed);
        assertThat(result.percentOfMembers()).isEqualByComparingTo(percent);
    }

    @Test
    void explainsTheArithmeticInVietnamese() {
        BallotResult result = BallotCount.count(new BallotInput(9, 7, 1, 8, 8, 7, "Ông Lò Văn A (cùng đơn vị)"), QUORUM,
                BallotCount.Fraction.parse("7/10"));
        assertThat(result.explanation()).isEqualTo("Có mặt 7/9 thành viên (đủ tỷ lệ 2/3); phiếu phát ra 8 (trong đó 1 phiếu"
                + " gửi bằng văn bản), hợp lệ 8, đồng ý 7 = 77,78% tổng số thành viên, đạt ngưỡng 70% → ĐẠT.");
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource({
        "0, 0, 0, 0, 0, 0, members",
        "9, 10, 0, 0, 0, 0, present",
        "9, 7, 3, 0, 0, 0, writtenVotes",
        "9, 7, 1, 9, 0, 0, ballotsIssued",
        "9, 7, 1, 8, 9, 0, ballotsValid",
        "9, 7, 1, 8, 7, 8, agree",
        "9, -1, 0, 0, 0, 0, present"})
    void inconsistentFiguresAreRefusedOnTheirField(int members, int present, int written, int issued, int valid,
                                                   int agree, String field) {
        assertThatThrownBy(() -> BallotCount.validate(new BallotInput(members, present, written, issued, valid, agree,
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).contains(field));
    }

    /** 11 members, one declared a conflict and did not vote, 7 agree: the province's policy decides. */
    @ParameterizedTest(name = "exclude recused {0} → passed {1}, {2}%")
    @CsvSource({"false, false, 63.64", "true, true, 70"})
    void theConflictPolicyDecidesWhetherRecusedMembersCount(boolean exclude, boolean passed, String percent) {
        BallotResult result = BallotCount.count(new BallotInput(11, 11, 0, 10, 10, 7, "Bà Lò Thị Mai (vợ của người được"
                + " đề nghị)", 1), QUORUM, BallotCount.Fraction.parse("7/10"), exclude);
        assertThat(result.passed()).isEqualTo(passed);
        assertThat(result.percentOfMembers()).isEqualByComparingTo(percent);
        assertThat(result.explanation()).contains("1 thành viên khai báo xung đột lợi ích không bỏ phiếu");
    }

    @Test
    void recusedMembersMustBeNamedAndPresent() {
        assertThatThrownBy(() -> BallotCount.validate(new BallotInput(9, 7, 0, 7, 7, 6, null, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("recusals"));
        assertThatThrownBy(() -> BallotCount.validate(new BallotInput(9, 7, 0, 7, 7, 6, "A, B", 8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("recused"));
    }
}
