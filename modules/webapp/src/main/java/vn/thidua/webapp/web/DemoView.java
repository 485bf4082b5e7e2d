package vn.thidua.webapp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.webapp.demo.DemoProvince;

/** The home page's offer of the demonstration province: shown to a province administrator while nothing exists. */
@Named("demo")
@RequestScoped
public class DemoView {

    @Inject DemoProvince province;

    @Inject HomeView home;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = province.mayLoad() && province.isEmpty();
        }
        return offered;
    }

    public void load() {
        if (FacesViolations.attempt("demoForm", Set.of(), province::load)) {
            offered = false;
            home.refresh();
            FacesMessages.info(null, "msg", "demo.loaded");
        }
    }
}
