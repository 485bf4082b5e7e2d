package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import vn.thidua.organisation.SignInGuard;
import vn.thidua.platform.rest.ProblemMessages;

/**
 * The application's one authentication mechanism (Jakarta Security accepts only one). The public API under
 * {@code /api/} authenticates every request with HTTP Basic and keeps no session; the screens sign in through
 * the Vietnamese sign-in page, which hands the credential over with {@code SecurityContext.authenticate}, and
 * stay signed in through the HTTP session. Both check the same identity stores.
 */
@ApplicationScoped
public class ThiduaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Where the sign-in page sends the user afterwards: the page they asked for (a path in this application). */
    public static final String RETURN_TO = "thidua.returnTo";

    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";

    /** Set on the request when a sign-in was refused because the account is locked: until when. */
    public static final String LOCKED_UNTIL = "thidua.lockedUntil";

    @Inject private IdentityStoreHandler identityStores;
    @Inject private SignInGuard guard;
    @Inject private CredentialCache credentials;
    @Inject private ClientAddress clientAddress;
    @Inject private vn.thidua.webapp.startup.DatabaseStartup startup;
    @Inject private vn.thidua.organisation.AccountService accounts;

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ThiduaAuthenticationMechanism.class.getName());
    /** The session attribute with the groups (roles) the account had at sign-in. */
    static final String GROUPS = "thidua.groups";
    /** The session attribute with the signed-in account's name, for a node that did not see the sign-in. */
    static final String CALLER = "thidua.caller";
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!startup.isReady() && !vn.thidua.webapp.startup.NotReadyFilter.needsNoDatabase(request)) {
            // No account can be read: answer 503 with the cause now, before a sign-in fails deeper (issue 15).
            vn.thidua.webapp.startup.NotReadyFilter.answer(request, response, startup);
            try {
                response.flushBuffer();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX)
                ? validateApiRequest(request, response, context)
                : validateScreenRequest(request, response, context);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String address = clientAddress.of(request);
            UsernamePasswordCredential credential = decodeBasic(header.substring(BASIC.length()).trim());
            if (credential != null) {
                String password = credential.getPasswordAsString();
                var remembered = credentials.find(credential.getCaller(), password);
                if (remembered.isPresent()) {
                    // Checked within the last minutes: valid while the account is enabled, not locked, and its stamp
                    // has not moved since (one read of the account).
                    var stamp = accounts.usableStamp(remembered.get().caller());
                    if (stamp.isPresent() && stamp.getAsLong() == remembered.get().stamp()) {
                        return context.notifyContainerAboutLogin(remembered.get().caller(), remembered.get().groups());
                    }
                    credentials.forget(credential.getCaller(), password);
                }
                // A password not checked lately is what a guesser sends: the address's failures, counted in the
                // database by every node, refuse it for a while after too many (a remembered one never failed).
                long retryAfter = guard.apiRetryAfterSeconds(address);
                if (retryAfter > 0) {
                    return tooManyFailures(response, retryAfter);
                }
                // The interactive lockout holds here too: a locked account is refused over Basic. API failures do
                // not count toward it (they are throttled per address), so nobody locks an account through the API.
                var lockedUntil = guard.lockedUntil(credential.getCaller());
                if (lockedUntil.isPresent()) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
                    ServletAnswers.problem(response, HttpServletResponse.SC_UNAUTHORIZED,
                            ProblemMessages.get("problem.locked", lockedUntil.get().atZoneSameInstant(VIETNAM)
                                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))));
                    return AuthenticationStatus.SEND_FAILURE;
                }
                // The stamp is read before the check: a password changed meanwhile moves it, and the entry never counts.
                var stampBefore = accounts.securityStamp(credential.getCaller());
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    String caller = result.getCallerPrincipal().getName();
                    if (accounts.mustChangePassword(caller)) {
                        // The first start's printed or configured password opens nothing until its owner changed it.
                        ServletAnswers.problem(response, HttpServletResponse.SC_FORBIDDEN,
                                ProblemMessages.get("problem.mustChangePassword"));
                        return AuthenticationStatus.SEND_FAILURE;
                    }
                    if (stampBefore.isPresent() && caller.equals(credential.getCaller())) {
                        credentials.put(credential.getCaller(), password, caller, result.getCallerGroups(),
                                stampBefore.getAsLong());
                    }
                    return context.notifyContainerAboutLogin(result);
                }
            }
            if (credential == null) {
                // A header that is not even a user and a password: refused like a wrong password (the throttle was
                // read above for every other failure).
                long retryAfter = guard.apiRetryAfterSeconds(address);
                if (retryAfter > 0) {
                    return tooManyFailures(response, retryAfter);
                }
            }
            try {
                guard.recordApiFailure(address);
            } catch (RuntimeException e) {
                // Two nodes counting the first failure of one address at once: one of them is lost, nothing else.
                LOG.fine(() -> "API failure not counted: " + e);
            }
            LOG.info(() -> "API call refused: bad credentials from " + address);
            return challenge(response, context, "problem.badCredentials");
        }
        if (context.isProtected()) {
            return challenge(response, context, "problem.unauthenticated");
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateScreenRequest(HttpServletRequest request, HttpServletResponse response,
                                                       HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            String username = credential instanceof UsernamePasswordCredential named ? named.getCaller() : null;
            if (username != null) {
                var lockedUntil = guard.lockedUntil(username);
                if (lockedUntil.isPresent()) {
                    request.setAttribute(LOCKED_UNTIL, lockedUntil.get());
                    return AuthenticationStatus.SEND_FAILURE;
                }
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The sign-in page shows the refusal next to the form; nothing is written to the response here.
                if (username != null) {
                    guard.recordFailure(username, clientAddress.of(request));
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            String signedIn = result.getCallerPrincipal().getName();
            guard.recordSuccess(signedIn, clientAddress.of(request));
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            // The session remembers the account's stamp: a later password change, reset, disabling, lockout or grant
            // change moves the stamp, and SessionGuard ends this session at its next request.
            HttpSession session = request.getSession();
            accounts.securityStamp(signedIn).ifPresent(stamp -> session.setAttribute(SessionGuard.STAMP, stamp));
            if (accounts.mustChangePassword(signedIn)) {
                session.setAttribute(vn.thidua.organisation.AccountService.MUST_CHANGE_PASSWORD, Boolean.TRUE);
            }
            context.setRegisterSession(signedIn, result.getCallerGroups());
            session.setAttribute(GROUPS, new java.util.HashSet<>(result.getCallerGroups()));
            session.setAttribute(CALLER, signedIn);
            return context.notifyContainerAboutLogin(result);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            HttpSession session = request.getSession(false);
            Object groups = session == null ? null : session.getAttribute(GROUPS);
            return restoreSession(context, signedIn, groups instanceof java.util.Set<?> set ? set : null);
        }
        HttpSession replicated = request.getSession(false);
        if (replicated != null && replicated.getAttribute(CALLER) instanceof String caller
                && replicated.getAttribute(GROUPS) instanceof java.util.Set<?> groups) {
            // A session signed in on another node of the cluster and replicated here through the data grid: this
            // node's container never saw the sign-in. SessionGuard checks the account's stamp as for any session.
            java.util.Set<String> roles = new java.util.HashSet<>();
            groups.forEach(g -> roles.add(String.valueOf(g)));
            context.setRegisterSession(caller, roles);
            return context.notifyContainerAboutLogin(caller, roles);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * A session registered at sign-in. The container keeps the caller's groups with it, but under load Payara now and
     * then lost them for a request (a signed-in leader got the 403 page on the dashboard, 37 times in 650 requests
     * of 32 sessions): the groups of the sign-in, kept in the session, are handed over with the caller. A grant
     * changed since moves the account's stamp, and SessionGuard ends the session before this runs again.
     */
    private static AuthenticationStatus restoreSession(HttpMessageContext context, Principal principal,
                                                       java.util.Set<?> groups) {
        try {
            context.getHandler().handle(groups == null ? new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), principal)} : new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), principal),
                new jakarta.security.auth.message.callback.GroupPrincipalCallback(context.getClientSubject(),
                        groups.stream().map(String::valueOf).toArray(String[]::new))});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused to restore the signed-in caller", e);
        }
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            HttpSession session = request.getSession();
            session.setAttribute(RETURN_TO, target);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request of a page whose session expired: Faces follows a redirect of a partial response.
            ServletAnswers.redirect(request, response, loginUrl);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(loginUrl);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context,
                                                  String detailKey) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
        ServletAnswers.problem(response, HttpServletResponse.SC_UNAUTHORIZED, ProblemMessages.get(detailKey));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        ServletAnswers.problem(response, 429, ProblemMessages.get("problem.throttled", retryAfterSeconds));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The credential of a Basic header, or null when the header is not valid Base64 of "name:password". */
    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
