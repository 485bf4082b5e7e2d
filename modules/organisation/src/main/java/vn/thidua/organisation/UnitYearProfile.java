package vn.thidua.organisation;

import java.io.Serializable;
import java.util.Map;

/** A unit of a subtree with its ratings of the years asked for, read set-wise (for the pre-screening). */
public record UnitYearProfile(String code, String name, String path, UnitKind kind, Map<Integer, Rating> ratings,
                              MemberCount memberCount) implements Serializable {
}
