package vn.thidua.campaigns.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import vn.thidua.campaigns.MovementService;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.web.Pick;
import vn.thidua.platform.web.PickSource;

/**
 * The pickers' movements, with their period. A province launches tens of movements a year, so the latest thousand
 * the user may read are matched here by name without diacritics or code.
 */
@ApplicationScoped
public class CampaignPicks implements PickSource {

    private static final int LATEST = 1000;

    @Inject MovementService movements;

    @Override
    public Set<String> kinds() {
        return Set.of("movement");
    }

    @Override
    public List<Pick> find(String kind, String text, int max) {
        String wanted = SearchText.normalise(text);
        return movements.list(null, LATEST).stream()
                .filter(m -> SearchText.normalise(m.name()).contains(wanted)
                        || m.code().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .limit(max).map(m -> new Pick(m.code(), m.name(), m.period())).toList();
    }
}
