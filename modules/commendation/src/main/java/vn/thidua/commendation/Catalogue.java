package vn.thidua.commendation;

import java.util.List;

/** The catalogue of emulation titles and forms of commendation. */
public interface Catalogue {

    /** Every award, titles first, by name. */
    List<AwardSummary> awards();

    /**
     * Adds an entry (a provincial badge, say); administrators only, audited. Entries are never deleted: seeded
     * ones and added ones alike, since records refer to their codes.
     */
    void add(String code, String name, AwardKind kind, AwardLevel level, boolean forPerson, boolean forUnit,
             boolean forHousehold);
}
