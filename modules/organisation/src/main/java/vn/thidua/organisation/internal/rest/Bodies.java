package vn.thidua.organisation.internal.rest;

import java.util.List;
import vn.thidua.organisation.Rating;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Required;

/** Shared bits of the organisation resources: who may call them and how path codes are checked. */
final class Bodies {

    static final String[] READERS = {Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION};

    private Bodies() {
    }

    /** The code of the path, refused with 400 unless it has the API's syntax. */
    static String pathCode(String code) {
        Checks checks = new Checks();
        String valid = checks.code("code", code, true);
        checks.throwIfAny();
        return valid;
    }

    /** The body {@code {"rating": "HTXSNV"}} of a rating's PUT. */
    public record RatingBody(@Required Rating rating) implements RequestBody {
    }

    static int pathYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(Violation.of("year", "notNumber")));
        }
    }
}
