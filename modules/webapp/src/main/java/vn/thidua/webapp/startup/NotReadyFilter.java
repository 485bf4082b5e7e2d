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

    @Inject
    private DatabaseStartup startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (startup.isReady() || path.startsWith("/health") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "30");
        String detail = ProblemMessages.get("problem.notReady");
        if (path.startsWith("/api/")) {
            ServletAnswers.problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
        } else {
            ServletAnswers.page(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
        }
    }
}
