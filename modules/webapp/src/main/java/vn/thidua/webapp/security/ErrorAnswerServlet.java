package vn.thidua.webapp.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.thidua.platform.rest.ProblemMessages;

/**
 * What the container refuses by itself (a malformed request line, a request too large) and a form posted without
 * its page's CSP nonce (forged elsewhere) reach this error page: under {@code /api/} a problem, elsewhere a short
 * Vietnamese page with a 400 — never the container's HTML, a stack trace or a 500.
 */
@WebServlet(name = "ErrorAnswer", urlPatterns = "/error/answer")
public class ErrorAnswerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 400;
        boolean forged = false;
        for (Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); failure instanceof Throwable t;
             failure = t.getCause()) {
            // A form posted without the nonce of the page it came from: forged, or a page kept from another session.
            forged |= t.getClass().getName().equals("org.primefaces.csp.CspException");
            if (t.getCause() == t) {
                break;
            }
        }
        if (forged) {
            status = 400;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                request.getContextPath().length()));
        String detail = ProblemMessages.get(forged ? "problem.staleForm"
                : status == 413 ? "problem.tooLarge" : "problem.badRequestLine");
        if (path.startsWith("/api/")) {
            ServletAnswers.problem(response, status, detail);
            return;
        }
        ServletAnswers.page(request, response, status, detail);
    }
}
