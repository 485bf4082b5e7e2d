package vn.thidua.organisation.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.PersonQuery;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.web.Pick;
import vn.thidua.platform.web.PickSource;

/**
 * The pickers' units (with the unit above), people and households (with their unit), found by the services'
 * searches: names without diacritics or codes, within what the signed-in user may read.
 */
@ApplicationScoped
public class OrganisationPicks implements PickSource {

    @Inject UnitService units;

    @Inject PersonService people;

    @Inject HouseholdService households;

    @Override
    public Set<String> kinds() {
        return Set.of("unit", "person", "household");
    }

    @Override
    public List<TreePick> children(String kind, String parentCode) {
        if (!"unit".equals(kind)) {
            return List.of();
        }
        List<UnitNode> nodes = parentCode == null ? units.topNodes() : units.children(parentCode);
        return nodes.stream().filter(u -> !u.isEnded())
                .map(u -> new TreePick(new Pick(u.code(), u.name(), ""), !u.hasChildren())).toList();
    }

    @Override
    public List<Pick> find(String kind, String text, int max) {
        return switch (kind) {
            case "unit" -> {
                List<UnitNode> found = units.search(text, max);
                Map<String, String> above = units.parentNamesOf(found.stream().map(UnitNode::code).toList());
                yield found.stream().map(u -> new Pick(u.code(), u.name(), above.getOrDefault(u.code(), ""))).toList();
            }
            case "person" -> people.list(new PersonQuery(text, null, 0, max, PersonQuery.PersonSort.NAME, true))
                    .stream().map(p -> new Pick(p.code(), p.fullName(), p.unitName() == null ? "" : p.unitName()))
                    .toList();
            case "household" -> households.search(text, max).stream()
                    .map(h -> new Pick(h.code(), h.headName(), h.unitName())).toList();
            default -> List.of();
        };
    }
}
