package vn.thidua.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is calling in this request. Roles are asked of the servlet request, which is right from the first
 * request after sign-in (Jakarta Security's {@code isCallerInRole} is not on Payara, issue 4734).
 */
@RequestScoped
public class Caller {

    @Inject private HttpServletRequest request;

    public String name() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (request.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
