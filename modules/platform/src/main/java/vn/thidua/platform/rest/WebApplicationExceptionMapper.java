package vn.thidua.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the JAX-RS runtime's own errors (unknown path, wrong method, unreadable body, …) into problem details
 * in Vietnamese, keeping the headers the runtime set (such as {@code Allow}).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        String key = switch (status) {
            case 400 -> "problem.unreadable";
            case 401 -> "problem.unauthenticated";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.noSuchResource";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.unsupportedMediaType";
            default -> status >= 500 ? "problem.internal" : "problem.invalid";
        };
        Response problem = ProblemResponses.of(status, ProblemMessages.get(key), null);
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }
}
