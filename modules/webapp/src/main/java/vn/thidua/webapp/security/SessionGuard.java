package vn.thidua.webapp.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.OptionalLong;
import java.util.logging.Logger;
import vn.thidua.organisation.AccountService;

/**
 * Ends a screen session when its account changed after the sign-in: a new or reset password, disabling, a lockout,
 * a grant given or withdrawn. The account's stamp lives in the database, so the session ends on every node of a
 * cluster; the next request lands on the sign-in page with a message.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

    static final String STAMP = AccountService.SESSION_STAMP;
    static final String PASSWORD_PAGE = "/organisation/password.xhtml";

    @Inject private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/health") || path.startsWith("/openapi")) {
            chain.doFilter(request, response);
            return;
        }
        Object signedInWith = session.getAttribute(STAMP);
        OptionalLong now = accounts.securityStamp(principal.getName());
        if (now.isPresent() && signedInWith instanceof Long stamp && stamp == now.getAsLong()) {
            if (session.getAttribute(AccountService.MUST_CHANGE_PASSWORD) != null && !path.equals(PASSWORD_PAGE)
                    && !path.equals(ThiduaAuthenticationMechanism.LOGIN_PAGE)) {
                // A password someone else chose (the first start's): nothing else until the owner chose their own.
                ServletAnswers.redirect(request, response, request.getContextPath() + PASSWORD_PAGE + "?required=true");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Session of " + principal.getName() + " ended: the account changed after its sign-in");
        session.invalidate();
        request.logout();
        ServletAnswers.redirect(request, response, request.getContextPath() + ThiduaAuthenticationMechanism.LOGIN_PAGE + "?ended=true");
    }
}
