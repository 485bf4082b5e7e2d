package vn.thidua.webapp.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.thidua.platform.rest.Problem;
import vn.thidua.platform.rest.ProblemMessages;

/**
 * Problem details written by the servlet layer, where JAX-RS has not started or will not run: sign-in refusals,
 * throttling, and what the container refuses before the application (a malformed path, say).
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static void write(HttpServletResponse response, int status, String detail) {
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
}
