package vn.thidua.commendation;

import java.io.Serializable;

/** One condition of a version, as the rules screen shows and edits it. */
public record RuleLine(long id, String awardCode, String key, String kind, String parameters, String group,
                       String basis) implements Serializable {
}
