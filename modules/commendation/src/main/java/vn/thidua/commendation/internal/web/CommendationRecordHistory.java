package vn.thidua.commendation.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.HistoryEntry;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.HistoryLine;
import vn.thidua.platform.web.RecordHistory;

/** The commendation history shown on the pages of people, units and households, with links to the dossiers. */
@ApplicationScoped
public class CommendationRecordHistory implements RecordHistory {

    @Inject CommendationService commendations;

    @Inject NominationService nominations;

    @Override
    public List<HistoryLine> of(String recipientType, String code) {
        List<HistoryEntry> entries = commendations.history(RecipientType.valueOf(recipientType), code);
        Map<Long, Long> batches = nominations.batchesOf(entries.stream().map(HistoryEntry::id).toList());
        return entries.stream().map(e -> new HistoryLine(e.awardName(), e.year(), e.decisionNumber(),
                e.decisionDate(), e.rewardAmount(), status(e), !e.revoked() && e.supersededBy() == null,
                batches.containsKey(e.id()) ? "/commendation/nomination.xhtml?id=" + batches.get(e.id()) : null))
                .toList();
    }

    private static String status(HistoryEntry e) {
        if (e.revoked()) {
            return FacesMessages.text("cmdmsg", "history.revoked") + " (" + e.revocation().decisionNumber() + ")";
        }
        return e.supersededBy() != null ? FacesMessages.text("cmdmsg", "history.supersededShort")
                : FacesMessages.text("cmdmsg", "history.active");
    }
}
