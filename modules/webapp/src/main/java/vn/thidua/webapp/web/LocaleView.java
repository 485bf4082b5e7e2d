package vn.thidua.webapp.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import lombok.Getter;

/** The user's language: Vietnamese unless they switch to English. Kept in the session as one short tag. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    @Getter private String language = "vi";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    /** Switches the language and shows the same page again by a GET, so that reloading does not re-post. */
    public void switchTo(String tag) throws IOException {
        if (SUPPORTED.contains(tag)) {
            language = tag;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        String viewId = context.getViewRoot().getViewId();
        external.redirect(external.getRequestContextPath() + viewId);
    }
}
