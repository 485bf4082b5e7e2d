package vn.thidua.campaigns.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.RegistrationState;
import vn.thidua.campaigns.Registrations;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.WorkItem;
import vn.thidua.platform.web.WorkSource;

/** The home page's campaign work: registrations to receive (superior units) and returned ones to correct. */
@ApplicationScoped
public class CampaignWork implements WorkSource {

    private static final int MAX = 20;

    @Inject RegistrationService registrations;

    @Override
    public List<WorkItem> waiting() {
        List<WorkItem> items = new ArrayList<>();
        for (Registrations.RegistrationDetails r : registrations.waiting(MAX)) {
            String group = r.state() == RegistrationState.SUBMITTED && r.mayDecide() ? "work.toReceive"
                    : r.state() == RegistrationState.RETURNED && r.mayEdit() ? "work.toCorrect" : null;
            if (group != null) {
                items.add(new WorkItem(FacesMessages.text("cmpmsg", group),
                        FacesMessages.text("cmpmsg", "work.registration", r.unitName(), r.year()),
                        r.movementCode() == null ? "" : r.movementCode(), null, "/campaigns/registrations.xhtml"));
            }
        }
        return items;
    }
}
