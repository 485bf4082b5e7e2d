package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
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
import vn.thidua.platform.rest.JsonBodies;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        String fromCode = checks.code("fromCode", JsonBodies.string(json, "fromCode", checks), true);
        String code = checks.code("code", JsonBodies.string(json, "code", checks), true);
        String name = checks.name("name", JsonBodies.string(json, "name", checks));
        LocalDate effectiveFrom = checks.isoDate("effectiveFrom", JsonBodies.string(json, "effectiveFrom", checks), true);
        Map<String, String> byKey = new HashMap<>();
        JsonValue parameters = json.get("parameters");
        if (parameters instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (value instanceof JsonString text) {
                    byKey.put(key, text.getString());
                } else {
                    checks.add(Violation.of("parameters", "notText"));
                }
            });
        }
        checks.throwIfAny();
        Map<Long, String> byId = new HashMap<>();
        for (RuleLine rule : ruleSets.rules(fromCode)) {
            if (byKey.containsKey(rule.key())) {
                byId.put(rule.id(), byKey.get(rule.key()));
            }
        }
        ruleSets.createVersion(fromCode, code, name, effectiveFrom, byId);
        return Response.status(Response.Status.CREATED).entity(Map.of("code", code)).build();
    }
}
