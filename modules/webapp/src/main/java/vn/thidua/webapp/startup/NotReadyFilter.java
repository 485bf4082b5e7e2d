package vn.thidua.webapp.startup;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.thidua.platform.rest.Problem;
import vn.thidua.platform.rest.ProblemMessages;

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
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = ProblemMessages.get("problem.notReady");
        if (path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + ProblemMessages.title(503)
                    + "\",\"status\":503,\"detail\":\"" + detail + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>"
                    + ProblemMessages.title(503) + "</title></head><body><h1>" + ProblemMessages.title(503)
                    + "</h1><p>" + detail + "</p></body></html>");
        }
    }
}
