package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.thidua.commendation.LegalBasis;
import vn.thidua.commendation.LegalBasisService;
import vn.thidua.platform.Roles;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Required;

/**
 * {@code /api/v1/legal-basis} (an addition to the contract): the rule-set versions, dated reward coefficients and
 * base salaries with their texts; {@code POST /api/v1/legal-basis/base-salaries} {@code {effectiveFrom, amount,
 * basis}} adds the next base salary (administrators of the province) and answers how many decided records were
 * listed for re-examination because their amount now differs. Rule-set versions are added at {@code /rule-sets}.
 */
@Path("legal-basis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LegalBasisResource {

    @Inject private LegalBasisService legalBasis;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.AUDITOR, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
            Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.INTEGRATION})
    public LegalBasis current() {
        return legalBasis.current();
    }

    /** The next base salary: from when, how much, on which text. */
    public record BaseSalaryBody(@Required LocalDate effectiveFrom, BigDecimal amount, String basis)
            implements RequestBody {
    }

    @POST
    @Path("base-salaries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addBaseSalary(BaseSalaryBody body) {
        int flagged = legalBasis.addBaseSalary(body.effectiveFrom(), body.amount(), body.basis());
        return Response.status(Response.Status.CREATED).entity(Map.of("effectiveFrom", body.effectiveFrom().toString(),
                "flaggedForReexamination", flagged)).build();
    }
}
