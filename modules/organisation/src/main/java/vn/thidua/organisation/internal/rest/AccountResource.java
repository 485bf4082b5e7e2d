package vn.thidua.organisation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.RoleGrant;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.JsonBodies;

/**
 * {@code /api/v1/accounts}: accounts and their role grants on units, for administrators (an addition to the
 * contract of shared/API.md, used by provisioning scripts and the tests).
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    @Inject private AccountService accounts;

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RoleGrant> put(@PathParam("username") String username, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        checks.code("username", username, true);
        String displayName = JsonBodies.string(json, "displayName", checks);
        String password = JsonBodies.string(json, "password", checks);
        // Absent means "as it was": a PUT that leaves out enabled or directory does not change them.
        Boolean enabled = json.containsKey("enabled") ? json.get("enabled") == JsonValue.TRUE : null;
        Boolean directory = json.containsKey("directory") ? json.get("directory") == JsonValue.TRUE : null;
        List<RoleGrant> grants = new ArrayList<>();
        JsonValue grantValues = json.get("grants");
        if (grantValues instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject grant) {
                    grants.add(new RoleGrant(JsonBodies.string(grant, "role", checks),
                            checks.code("grants", JsonBodies.string(grant, "unitCode", checks), true), null));
                } else {
                    checks.add(Violation.of("grants", "notText"));
                }
            }
        }
        checks.throwIfAny();
        accounts.save(username, displayName, password == null ? null : password.toCharArray(), enabled, directory,
                grants);
        if (json.containsKey("email")) {
            accounts.setEmail(username, json.isNull("email") ? null : json.getString("email", null));
        }
        return accounts.grantsOf(username);
    }

    @GET
    @Path("{username}/grants")
    public List<RoleGrant> grants(@PathParam("username") String username) {
        // Refused unless the caller administers the account (all its grants in the caller's subtrees).
        return accounts.find(username).map(vn.thidua.organisation.AccountDetails::grants).orElseThrow(() ->
                new vn.thidua.platform.UnknownRecordException(new Violation("username",
                        "vn.thidua.organisation.i18n.messages", "account.notFound", username)));
    }
}
