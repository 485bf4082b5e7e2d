package vn.thidua.commendation.internal.rest;

import java.util.List;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.HistoryEntry;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Checks;

/** What the three history resources share: the code of the path checked, then the history read. */
final class Histories {

    private Histories() {
    }

    static List<HistoryEntry> of(CommendationService commendations, RecipientType type, String code) {
        Checks checks = new Checks();
        String valid = checks.code("code", code, true);
        checks.throwIfAny();
        return commendations.history(type, valid);
    }
}
