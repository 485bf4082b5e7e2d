package vn.thidua.commendation.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.WorkItem;
import vn.thidua.platform.web.WorkSource;

/**
 * The home page's commendation work: batches waiting for an action the user may take (with the step's due date),
 * lists posted for opinions, and this year's date by which units submit their proposals.
 */
@ApplicationScoped
public class CommendationWork implements WorkSource {

    private static final int MAX = 20;

    @Inject NominationService nominations;

    @Inject vn.thidua.commendation.PublicPostings postingsService;

    @Inject vn.thidua.organisation.UnitService units;

    @Inject vn.thidua.commendation.WorkingCalendar calendar;

    @Override
    public List<WorkItem> waiting() {
        List<WorkItem> items = new ArrayList<>();
        String batches = FacesMessages.text("cmdmsg", "work.batches");
        List<Nominations.BatchSummary> waiting = nominations.list(true, MAX);
        java.util.Map<String, String> names = units.namesOf(waiting.stream().map(Nominations.BatchSummary::unitCode)
                .collect(java.util.stream.Collectors.toSet()));
        for (Nominations.BatchSummary batch : waiting) {
            items.add(new WorkItem(batches, batch.title(),
                    FacesMessages.text("cmdmsg", "work.batchDetail",
                            names.getOrDefault(batch.unitCode(), batch.unitCode()), batch.year(),
                            FacesMessages.text("cmdmsg", "state." + batch.state())),
                    batch.dueOn(), "/commendation/nomination.xhtml?id=" + batch.id()));
        }
        try {
            String posted = FacesMessages.text("cmdmsg", "work.postings");
            for (vn.thidua.commendation.PublicPostings.PostedBatch batch : postingsService.open()) {
                items.add(new WorkItem(posted, batch.title(), FacesMessages.text("cmdmsg", "work.postingDetail",
                        batch.unitName(), batch.nominees().size()), batch.closesOn(), "/commendation/postings.xhtml"));
            }
        } catch (AccessDeniedException e) {
            // Only signed-in users read postings; the home page is theirs anyway.
        }
        int year = ProvinceClock.thisYear();
        for (int y : new int[] {year - 1, year}) {
            calendar.timetable(y).filter(t -> t.submitBy() != null && !t.submitBy().isBefore(ProvinceClock.today()))
                    .ifPresent(t -> items.add(new WorkItem(FacesMessages.text("cmdmsg", "work.deadlines"),
                            FacesMessages.text("cmdmsg", "work.submitBy", t.year()),
                            FacesMessages.text("cmdmsg", "work.submitByDetail"), t.submitBy(),
                            "/commendation/nominations.xhtml")));
        }
        return items;
    }

}
