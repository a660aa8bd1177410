package vn.nennep.changes;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The change feed: {@code GET /changes?after=&limit=}, every create, update and delete of the caller's subtree in
 * commit order. A mirror keeps {@code next} and asks again; each item's {@code href} reads the resource.
 */
@Authenticated
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeService changes;

    public ChangeResource(ChangeService changes) {
        this.changes = changes;
    }

    @GET
    public ChangePage list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return changes.list(after, limit);
    }
}
