package vn.thidua.organisation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.RoleGrant;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;

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

    /** A role on a unit (and its subtree). */
    public record GrantBody(@Required String role, @Required @Code String unitCode) {
    }

    /**
     * The body of {@code PUT /accounts/{username}}. Absent (or null) {@code enabled}, {@code directory} and
     * {@code email} leave them as they were; {@code ""} removes the address; {@code grants} replace the account's.
     */
    public record AccountBody(String displayName, String password, Boolean enabled, Boolean directory, String email,
                              List<@Valid GrantBody> grants) implements RequestBody {
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RoleGrant> put(@PathParam("username") String username, AccountBody body) {
        Checks checks = new Checks();
        checks.code("username", username, true);
        checks.throwIfAny();
        accounts.save(username, body.displayName(), body.password() == null ? null : body.password().toCharArray(),
                body.enabled(), body.directory(),
                body.grants().stream().map(g -> new RoleGrant(g.role(), g.unitCode(), null)).toList());
        if (body.email() != null) {
            accounts.setEmail(username, body.email());
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
