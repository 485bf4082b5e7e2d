package vn.thidua.webapp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.RoleGrant;

/** The signed-in user as the layout shows it, and signing out. */
@Named
@RequestScoped
public class UserView {

    @Inject private AccountService accounts;

    private List<RoleGrant> grants;

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public String getUsername() {
        var principal = request().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The roles and units of the signed-in user, read once per request. */
    public List<RoleGrant> getGrants() {
        if (grants == null) {
            String username = getUsername();
            grants = username == null ? List.of() : accounts.grantsOf(username);
        }
        return grants;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = request();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
