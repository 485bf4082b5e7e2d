package vn.thidua.platform.web;

import java.util.List;

/**
 * The commendation history of a person, unit or household ({@code PERSON}, {@code UNIT}, {@code HOUSEHOLD}),
 * newest first, for the pages of the module that owns the recipient; implemented by the module that owns
 * commendations, so that the recipient's module does not depend on it. Checks the reader's scope.
 */
public interface RecordHistory {

    List<HistoryLine> of(String recipientType, String code);
}
