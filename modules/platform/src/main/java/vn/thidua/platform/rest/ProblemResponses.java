package vn.thidua.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses with the {@code application/problem+json} media type. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", ProblemMessages.title(status), status, detail, null,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
