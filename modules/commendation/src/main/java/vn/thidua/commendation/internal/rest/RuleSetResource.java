package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.RuleLine;
import vn.thidua.commendation.RuleSetService;
import vn.thidua.commendation.RuleSetVersion;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/**
 * {@code /api/v1/rule-sets}: the versions of the eligibility rules (an addition to the contract). Creating a
 * version takes {@code {fromCode, code, name, effectiveFrom, parameters: {ruleKey: "name=value;…"}}}.
 */
@Path("rule-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    @Inject private RuleSetService ruleSets;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.AUDITOR})
    public List<RuleSetVersion> versions() {
        return ruleSets.versions();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.AUDITOR})
    public List<RuleLine> rules(@PathParam("code") String code) {
        Checks checks = new Checks();
        checks.code("code", code, true);
        checks.throwIfAny();
        return ruleSets.rules(code);
    }

    /** A new version of a rule set from an older one, with the parameters it changes ({@code ruleKey → "name=value;…"}). */
    public record RuleSetVersionBody(@Required @Code String fromCode, @Required @Code String code, @Required @Text String name,
                              @Required LocalDate effectiveFrom, Map<String, String> parameters) implements RequestBody {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(RuleSetVersionBody body) {
        Map<Long, String> byId = new HashMap<>();
        for (RuleLine rule : ruleSets.rules(body.fromCode())) {
            if (body.parameters().containsKey(rule.key())) {
                byId.put(rule.id(), body.parameters().get(rule.key()));
            }
        }
        ruleSets.createVersion(body.fromCode(), body.code(), body.name().strip(), body.effectiveFrom(), byId);
        return Response.status(Response.Status.CREATED).entity(Map.of("code", body.code())).build();
    }
}
