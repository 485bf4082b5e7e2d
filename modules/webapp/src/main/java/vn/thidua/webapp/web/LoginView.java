package vn.thidua.webapp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.webapp.security.ThiduaAuthenticationMechanism;

/** The sign-in page: hands the typed credential to the authentication mechanism. */
@Named
@RequestScoped
public class LoginView {

    @Inject private SecurityContext securityContext;

    @Getter @Setter private String username;
    @Getter @Setter private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                HttpSession session = request.getSession(false);
                boolean mustChange = session != null
                        && session.getAttribute(vn.thidua.organisation.AccountService.MUST_CHANGE_PASSWORD) != null;
                external.redirect(request.getContextPath()
                        + (mustChange ? "/organisation/password.xhtml?required=true" : returnTo(request)));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                Object lockedUntil = request.getAttribute(ThiduaAuthenticationMechanism.LOCKED_UNTIL);
                if (lockedUntil instanceof java.time.OffsetDateTime until) {
                    FacesMessages.error("login:password", "msg", "login.locked", java.time.format.DateTimeFormatter
                            .ofPattern("HH:mm dd/MM/yyyy").format(until.atZoneSameInstant(java.time.ZoneId.systemDefault())));
                } else {
                    FacesMessages.error("login:password", "msg", "login.failed");
                }
            }
        }
    }

    /** The page asked for before sign-in when it is a path of this application, else the home page. */
    private static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(ThiduaAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(ThiduaAuthenticationMechanism.RETURN_TO);
        }
        if (target instanceof String path && isLocal(path) && !path.startsWith(ThiduaAuthenticationMechanism.LOGIN_PAGE)) {
            return path;
        }
        return "/";
    }

    /**
     * A path of this application: one slash, then no second slash or backslash (browsers read "/\\host" as
     * "//host"), no control character, no scheme or host once parsed.
     */
    static boolean isLocal(String path) {
        if (path.length() < 1 || path.charAt(0) != '/' || path.length() > 2000) {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        try {
            java.net.URI uri = new java.net.URI(path);
            return uri.getScheme() == null && uri.getAuthority() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
