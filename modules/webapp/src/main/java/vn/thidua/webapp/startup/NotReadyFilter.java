package vn.thidua.webapp.startup;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.thidua.platform.rest.ProblemMessages;
import vn.thidua.webapp.security.ServletAnswers;

/**
 * While the database is not ready (it did not answer at deployment, or a migration failed), every request but
 * the health check is answered 503 with a clear message instead of failing deeper with a 500.
 */
@WebFilter(filterName = "NotReadyFilter", urlPatterns = "/*")
public class NotReadyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject private DatabaseStartup startup;


    /** The 503 of a database that is not ready: problem+json for the API, a page for people; with the cause. */
    public static void answer(HttpServletRequest request, HttpServletResponse response, DatabaseStartup startup) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Retry-After", "30");
        String detail = ProblemMessages.get("problem.notReady") + "\n" + startup.explanation();
        if (path.startsWith("/api/")) {
            ServletAnswers.problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
        } else {
            ServletAnswers.page(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
        }
    }

    /** Requests that need no database: the health check and static resources. */
    public static boolean needsNoDatabase(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/health") || path.startsWith("/jakarta.faces.resource/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (startup.isReady() || needsNoDatabase(request)) {
            chain.doFilter(request, response);
            return;
        }
        answer(request, response, startup);
    }
}
