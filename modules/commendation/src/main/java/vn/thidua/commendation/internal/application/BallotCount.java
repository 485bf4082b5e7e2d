package vn.thidua.commendation.internal.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.BallotResult;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Violation;

/**
 * The arithmetic of a secret ballot (RULES.md §6): the quorum counts the members present; the percentage is of
 * all members of the council, absent members voting in writing; a nominee passes at or above the threshold.
 * Quorum and threshold are fractions ("2/3", "7/10") read from the council settings; comparisons are exact.
 */
public final class BallotCount {

    private static final String BUNDLE = DefaultCommendationService.BUNDLE;

    /** A fraction such as 2/3. */
    public record Fraction(int numerator, int denominator) {

        public static Fraction parse(String text) {
            String[] parts = text.strip().split("/");
            return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        }

        /** True when {@code count} out of {@code total} is at least this fraction. */
        boolean reachedBy(int count, int total) {
            return (long) count * denominator >= (long) total * numerator;
        }

        String percent() {
            return format(BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2,
                    RoundingMode.HALF_UP));
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }

    private BallotCount() {
    }

    /** Checks that the figures are consistent with each other; every problem is named on its field. */
    public static void validate(BallotInput in) {
        Checks checks = new Checks();
        checks.require(in.members() != null && in.members() >= 1, new Violation("members", BUNDLE, "ballot.members"));
        for (String field : new String[] {"present", "writtenVotes", "ballotsIssued", "ballotsValid", "agree"}) {
            Integer value = value(in, field);
            checks.require(value != null && value >= 0, new Violation(field, BUNDLE, "ballot.notNegative"));
        }
        checks.throwIfAny();
        checks.require(in.present() <= in.members(), new Violation("present", BUNDLE, "ballot.presentAboveMembers",
                in.members()));
        checks.require(in.writtenVotes() <= in.members() - Math.min(in.present(), in.members()),
                new Violation("writtenVotes", BUNDLE, "ballot.writtenAboveAbsent", in.members() - in.present()));
        checks.require(in.ballotsIssued() <= in.present() + in.writtenVotes(),
                new Violation("ballotsIssued", BUNDLE, "ballot.issuedAboveVoters", in.present() + in.writtenVotes()));
        checks.require(in.ballotsValid() <= in.ballotsIssued(),
                new Violation("ballotsValid", BUNDLE, "ballot.validAboveIssued", in.ballotsIssued()));
        checks.require(in.agree() <= in.ballotsValid(),
                new Violation("agree", BUNDLE, "ballot.agreeAboveValid", in.ballotsValid()));
        checks.require(in.recusedCount() >= 0 && in.recusedCount() <= in.present(),
                new Violation("recused", BUNDLE, "ballot.recusedAbovePresent", in.present()));
        checks.require(in.recusedCount() == 0 || (in.recusals() != null && !in.recusals().isBlank()),
                new Violation("recusals", BUNDLE, "ballot.recusalsNamed"));
        checks.optionalText("recusals", in.recusals(), 2000);
        checks.throwIfAny();
    }

    private static Integer value(BallotInput in, String field) {
        return switch (field) {
            case "present" -> in.present();
            case "writtenVotes" -> in.writtenVotes();
            case "ballotsIssued" -> in.ballotsIssued();
            case "ballotsValid" -> in.ballotsValid();
            default -> in.agree();
        };
    }

    public static BallotResult count(BallotInput in, Fraction quorum, Fraction threshold) {
        return count(in, quorum, threshold, false);
    }

    /**
     * {@code excludeRecused}: the province's policy leaves members who declared a conflict and did not vote out of
     * the members counted (else they stay in, and the threshold is over all members).
     */
    public static BallotResult count(BallotInput in, Fraction quorum, Fraction threshold, boolean excludeRecused) {
        validate(in);
        int members = excludeRecused ? in.members() - in.recusedCount() : in.members();
        int present = excludeRecused ? in.present() - in.recusedCount() : in.present();
        if (members <= 0) {
            throw new vn.thidua.platform.InvalidInputException(new Violation("recused", BUNDLE, "ballot.members"));
        }
        boolean quorumMet = quorum.reachedBy(present, members);
        boolean passed = quorumMet && threshold.reachedBy(in.agree(), members);
        BigDecimal percent = BigDecimal.valueOf(in.agree() * 100L).divide(BigDecimal.valueOf(members), 2,
                RoundingMode.HALF_UP);
        Locale vietnamese = Locale.forLanguageTag("vi");
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle(BUNDLE, vietnamese,
                BallotCount.class.getClassLoader());
        String explanation = new Violation("ballot", BUNDLE, "ballot.explanation", present, members,
                words.getString(quorumMet ? "ballot.word.enough" : "ballot.word.notEnough"), quorum.toString(),
                in.ballotsIssued(), in.writtenVotes(), in.ballotsValid(), in.agree(), format(percent),
                words.getString(threshold.reachedBy(in.agree(), members) ? "ballot.word.reached" : "ballot.word.below"),
                threshold.percent(), words.getString(passed ? "ballot.word.passed" : "ballot.word.failed"))
                .message(vietnamese)
                + (in.recusedCount() > 0 ? " " + new Violation("ballot", BUNDLE, excludeRecused ? "ballot.recusedExcluded"
                : "ballot.recusedCounted", in.recusedCount()).message(vietnamese) : "");
        return new BallotResult(quorumMet, passed, percent, quorum.toString(), threshold.toString(), explanation);
    }

    static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(value);
    }
}
