package vn.thidua.webapp.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which section of the users' guide ({@code help.xhtml}) is about the page being shown. */
@Named("helpView")
@ApplicationScoped
public class HelpView {

    /** Page path prefixes and their section, most specific first. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("/commendation/postings", "cong-khai");
        SECTIONS.put("/commendation/nomination", "de-nghi");
        SECTIONS.put("/commendation/eligibility", "de-nghi");
        SECTIONS.put("/commendation/prescreening", "de-nghi");
        SECTIONS.put("/commendation/history", "de-nghi");
        SECTIONS.put("/commendation/", "quan-tri");
        SECTIONS.put("/campaigns/", "phong-trao");
        SECTIONS.put("/reporting/auditor", "kiem-toan");
        SECTIONS.put("/audit", "kiem-toan");
        SECTIONS.put("/reporting/", "bao-cao");
        SECTIONS.put("/organisation/accounts", "quan-tri");
        SECTIONS.put("/backups", "quan-tri");
    }

    /** The link to the guide's section about the current page (the start of the guide for the others). */
    public String getLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        String view = context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
        String section = SECTIONS.entrySet().stream().filter(e -> view.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("bat-dau");
        return context.getExternalContext().getRequestContextPath() + "/help.xhtml#" + section;
    }
}
