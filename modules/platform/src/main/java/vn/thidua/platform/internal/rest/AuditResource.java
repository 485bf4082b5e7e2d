package vn.thidua.platform.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.platform.Roles;
import vn.thidua.platform.audit.AuditVerification;
import vn.thidua.platform.audit.ChainVerification;

/** {@code /api/v1/audit}: the audit chain check, for administrators and auditors (an addition to the contract). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditResource {

    @Inject private AuditVerification verification;

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return verification.verify();
    }
}
