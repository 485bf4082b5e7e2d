package vn.thidua.commendation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.Rating;

/**
 * What the rules read of a recipient, loaded before the evaluation (the engine itself reads no database).
 * Held awards are decided, neither revoked nor superseded.
 */
public record Facts(Map<Integer, Rating> ratings, List<DisciplineFact> disciplines, LocalDate startOfWork,
                    List<HeldAward> awards, List<InitiativeFact> initiatives, UnitCounts unitCounts,
                    List<Member> members, List<ClusterStanding> standings) {

    /** Facts without cluster standings (people, and collectives before any ranking is read). */
    public Facts(Map<Integer, Rating> ratings, List<DisciplineFact> disciplines, LocalDate startOfWork,
                 List<HeldAward> awards, List<InitiativeFact> initiatives, UnitCounts unitCounts, List<Member> members) {
        this(ratings, disciplines, startOfWork, awards, initiatives, unitCounts, members, List.of());
    }

    /** The collective's place in a published ranking of its emulation cluster or bloc for Y. */
    public record ClusterStanding(String clusterName, int position, int of, java.math.BigDecimal total, String tieBreak) {
    }

    public record DisciplineFact(DisciplineLevel level, int year) {
    }

    public record HeldAward(String awardCode, int year) {
    }

    public record InitiativeFact(InitiativeKind kind, InitiativeScope scope, LocalDate recognisedOn, String title) {
    }

    /** Counts of decided awards for Y in the unit (with its subunits) whose head decides the award. */
    public record UnitCounts(String unitName, Map<String, Integer> byAward) {
    }

    /**
     * A member of a collective on 31 December of Y, with what the member rules read: the awards decided for Y and
     * the titles of Y whose standard the member meets, decided or not (RULES.md §5).
     */
    public record Member(String code, String name, Rating rating, List<DisciplineFact> disciplines, List<String> awards,
                         List<String> standards) {

        public Member(String code, String name, Rating rating, List<DisciplineFact> disciplines, List<String> awards) {
            this(code, name, rating, disciplines, awards, List.of());
        }

        /** Holds the award for Y: decided, or (when the rule accepts it) its standard met. */
        public boolean holds(String award, boolean standardEnough) {
            return awards.contains(award) || standardEnough && standards.contains(award);
        }
    }
}
