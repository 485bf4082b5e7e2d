package vn.thidua.webapp.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.thidua.platform.rest.Problem;
import vn.thidua.platform.rest.ProblemMessages;

/**
 * What the servlet layer answers where neither JAX-RS nor Faces runs: problem details (sign-in refusals, throttling,
 * what the container refuses before the application, an application not ready), a short Vietnamese page for the
 * screens, and redirects that an AJAX request of Faces follows too.
 */
public final class ServletAnswers {

    private ServletAnswers() {
    }

    /** A problem (RFC 9457) with a Vietnamese detail. */
    public static void problem(HttpServletResponse response, int status, String detail) {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = Json.createObjectBuilder().add("type", "about:blank").add("title", ProblemMessages.title(status))
                .add("status", status).add("detail", detail).build().toString();
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot answer the refused request", e);
        }
    }

    /** A minimal HTML page in Vietnamese with a way home, for the screens. */
    public static void page(HttpServletRequest request, HttpServletResponse response, int status, String detail) {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>"
                    + ProblemMessages.title(status) + "</title></head><body><h1>" + ProblemMessages.title(status)
                    + "</h1><p style=\"white-space: pre-line\">" + escape(detail) + "</p><p><a href=\""
                    + request.getContextPath() + "/\">Trang chủ</a></p></body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot answer the request", e);
        }
    }

    /** The text as HTML text: nothing in it is markup (a database's message may quote anything). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A redirect; an AJAX request of Faces gets it as a partial response, which Faces follows. */
    public static void redirect(HttpServletRequest request, HttpServletResponse response, String url) {
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                        + url + "\"/></partial-response>");
            } else {
                response.sendRedirect(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot answer the request", e);
        }
    }
}
