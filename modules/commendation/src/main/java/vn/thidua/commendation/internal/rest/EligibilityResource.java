package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.EligibilityQuery;
import vn.thidua.commendation.EligibilityService;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.Verdict;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;

/** {@code GET /api/v1/eligibility}: the verdict with every rule, its basis and the evidence (shared/API.md). */
@Path("eligibility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject private EligibilityService eligibility;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Verdict evaluate(@QueryParam("awardCode") String awardCode, @QueryParam("recipientType") String recipientType,
                            @QueryParam("recipientCode") String recipientCode, @QueryParam("year") String year,
                            @QueryParam("type") String type, @QueryParam("referenceDate") String referenceDate) {
        Checks checks = new Checks();
        String award = checks.code("awardCode", awardCode, true);
        RecipientType recipient = checks.oneOf("recipientType", recipientType, RecipientType.class, true);
        String code = checks.code("recipientCode", recipientCode, true);
        Integer yearNumber = null;
        if (year == null || year.isBlank()) {
            checks.add(Violation.of("year", "required"));
        } else {
            try {
                yearNumber = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                checks.add(Violation.of("year", "notNumber"));
            }
        }
        CommendationType commendationType = checks.oneOf("type", type, CommendationType.class, false);
        LocalDate reference = checks.isoDate("referenceDate", referenceDate, false);
        checks.throwIfAny();
        return eligibility.evaluate(new EligibilityQuery(award, recipient, code, yearNumber, commendationType, reference));
    }
}
