package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;

/**
 * The emulation and commendation council of a unit for a year (Hội đồng Thi đua - Khen thưởng): its members in the
 * order the decision establishing it lists them, each a person of the registry or a name. A council session of a
 * batch starts from the roster of the deciding unit (the province for provincial awards).
 */
public interface CouncilRoster {

    /** A member's place in the council. */
    enum Seat {
        CHAIR, VICE_CHAIR, STANDING, MEMBER, SECRETARY
    }

    /** One member as entered; {@code personCode} null for a name not in the registry. */
    record Member(String name, Seat seat, String personCode) implements Serializable {
    }

    /** The roster, in the order entered; empty when none was entered (whoever may read the unit). */
    List<Member> of(String unitCode, int year);

    /**
     * Replaces the roster of a unit for a year (administrators, specialists and council secretaries on the unit);
     * a member named only by a person code takes that person's name. Audited with the roster before and after.
     */
    void save(String unitCode, int year, List<Member> members);

    /** The roster a session of a batch starts from: the deciding unit's for the year the council meets. */
    List<Member> forBatch(long batchId, int year);
}
