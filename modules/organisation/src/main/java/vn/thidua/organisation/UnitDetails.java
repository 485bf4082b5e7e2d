package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit as other modules and the API see it: its place in the tree, its validity, and where it went
 * ({@code successorCode}) or came from ({@code predecessorCodes}) through mergers.
 */
public record UnitDetails(String code, String name, UnitKind kind, String parentCode, List<String> childrenCodes,
                          LocalDate validFrom, LocalDate validTo, long version, String successorCode,
                          List<String> predecessorCodes, MemberCount memberCount) implements Serializable {

    /** The predecessors' codes as one line, for screens. */
    public String predecessors() {
        return String.join(", ", predecessorCodes);
    }
}
