package vn.thidua.commendation;

import java.util.List;

/** The catalogue of emulation titles and forms of commendation. */
public interface Catalogue {

    /** Every award, titles first, by name. */
    List<AwardSummary> awards();
}
