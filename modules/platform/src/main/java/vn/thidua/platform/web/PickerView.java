package vn.thidua.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.SearchText;

/**
 * Answers the pickers ({@code <t:picker kind="unit" …/>}, the tag in {@code META-INF/tags/picker.xhtml}): the
 * field keeps the record's code (typed by hand, it still works), the suggestions show name, code and context. The
 * kind comes from the picker's {@code pickKind} attribute, read from the component being answered.
 */
@Named("picker")
@RequestScoped
public class PickerView {

    /** Suggestions per keystroke: enough to find one by part of a name, few enough to read. */
    static final int MAX = 15;

    @Inject
    @Any
    Instance<PickSource> sources;

    /** The suggestions of this request by code, for the columns of the list. */
    private final Map<String, Pick> shown = new HashMap<>();

    public List<String> complete(String query) {
        UIComponent component = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        Object kind = component == null ? null : component.getAttributes().get("pickKind");
        String text = query == null ? "" : query.strip();
        if (kind == null || SearchText.normalise(text).isEmpty()) {
            return List.of();
        }
        for (PickSource source : sources) {
            if (source.kinds().contains(kind.toString())) {
                List<Pick> picks;
                try {
                    picks = source.find(kind.toString(), text, MAX);
                } catch (AccessDeniedException e) {
                    picks = List.of();
                }
                picks.forEach(pick -> shown.put(pick.code(), pick));
                return picks.stream().map(Pick::code).toList();
            }
        }
        return List.of();
    }

    /** The suggestion shown for a code in this request (the list's columns), or a bare one. */
    public Pick pick(String code) {
        Pick pick = shown.get(code);
        return pick != null ? pick : new Pick(code, "", "");
    }
}
