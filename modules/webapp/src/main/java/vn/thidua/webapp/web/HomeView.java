package vn.thidua.webapp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.web.WorkItem;
import vn.thidua.platform.web.WorkSource;

/**
 * The home page of one's work: what every module has waiting for the signed-in user, grouped, the nearest due
 * date first, each a link to the page that deals with it. Read once per request.
 */
@Named("home")
@RequestScoped
public class HomeView {

    /** A heading and what waits under it. */
    public record Group(String name, List<WorkItem> items) {
    }

    @Inject
    @Any
    Instance<WorkSource> sources;

    private List<Group> groups;

    /** Reads the work again when it is next shown (after something on the page changed it). */
    public void refresh() {
        groups = null;
    }

    public List<Group> getGroups() {
        if (groups == null) {
            List<WorkItem> all = new ArrayList<>();
            for (WorkSource source : sources) {
                try {
                    all.addAll(source.waiting());
                } catch (AccessDeniedException e) {
                    // A role without access to that module's work has nothing waiting there.
                }
            }
            all.sort(Comparator.comparing(WorkItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
            Map<String, List<WorkItem>> byGroup = new LinkedHashMap<>();
            all.forEach(item -> byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item));
            groups = byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        }
        return groups;
    }
}
