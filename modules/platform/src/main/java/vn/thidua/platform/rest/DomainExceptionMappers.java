package vn.thidua.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;

/** The answers of the API to the services' exceptions: 400, 403, 404, 409 and 412 problem details. */
public final class DomainExceptionMappers {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DomainExceptionMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException exception) {
            return ProblemResponses.of(400, ProblemMessages.get("problem.invalid"), exception.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message(VIETNAMESE))).toList());
        }
    }

    @Provider
    public static class UnknownRecord implements ExceptionMapper<UnknownRecordException> {
        @Override
        public Response toResponse(UnknownRecordException exception) {
            return ProblemResponses.of(404, exception.violation().message(VIETNAMESE), null);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException exception) {
            return ProblemResponses.of(409, exception.violation().message(VIETNAMESE), null);
        }
    }

    @Provider
    public static class StaleVersion implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException exception) {
            return ProblemResponses.of(412, ProblemMessages.get("problem.staleVersion"), null);
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException exception) {
            return ProblemResponses.of(403, ProblemMessages.get("problem.outOfScope"), null);
        }
    }
}
