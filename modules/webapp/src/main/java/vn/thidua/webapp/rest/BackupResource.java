package vn.thidua.webapp.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.thidua.platform.Roles;
import vn.thidua.webapp.backup.Backups;

/**
 * {@code /api/v1/backups} (an addition to the contract): the copies of the embedded database kept, and
 * {@code POST} to take one now (administrators of the province; 409 on PostgreSQL, which has its own tools).
 */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject private Backups backups;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<Backups.Copy> copies() {
        if (!backups.embedded()) {
            return List.of();
        }
        return backups.copies();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response backUp() {
        if (!backups.embedded()) {
            throw new vn.thidua.platform.ConflictException(
                    new vn.thidua.platform.Violation("database", "vn.thidua.webapp.i18n.messages", "backup.postgres"));
        }
        return Response.status(Response.Status.CREATED).entity(backups.backUpNow()).build();
    }
}
