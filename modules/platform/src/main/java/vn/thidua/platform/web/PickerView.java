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

    /**
     * What the field shows for a code: the record's name with its code ("Lò Thị Dung — GV_12"), once chosen and
     * whenever the page shows the field again; the field still sends the code. A code that names nothing the caller
     * may see, or text typed by hand, is shown as it is.
     */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        Pick pick = shown.containsKey(code) ? shown.get(code) : lookUp(code);
        return pick == null || pick.name() == null || pick.name().isBlank() ? code : pick.name() + " — " + code;
    }

    /** The record behind a code the field holds (one search of the picker's kind, remembered for the request). */
    private Pick lookUp(String code) {
        UIComponent component = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        Object kind = component == null ? null : component.getAttributes().get("pickKind");
        if (kind != null) {
            for (PickSource source : sources) {
                if (source.kinds().contains(kind.toString())) {
                    try {
                        source.find(kind.toString(), code, MAX).forEach(found -> shown.putIfAbsent(found.code(), found));
                    } catch (AccessDeniedException e) {
                        // Not the caller's to see: the code alone.
                    }
                    break;
                }
            }
        }
        shown.putIfAbsent(code, null);
        return shown.get(code);
    }

    /** The suggestion shown for a code in this request (the list's columns), or a bare one. */
    public Pick pick(String code) {
        Pick pick = shown.get(code);
        return pick != null ? pick : new Pick(code, "", "");
    }
}
