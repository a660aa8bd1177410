package vn.nennep.changes;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.BadParameter;
import vn.nennep.common.Params;

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
        return changes.list(after(after),
                Params.integer("limit", limit, ChangeService.DEFAULT_LIMIT, 1, ChangeService.MAX_LIMIT));
    }

    /** The cursor: 0 when absent, else a number the feed gave out (never negative). */
    private static long after(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter("after", "error.param.integer", value);
        }
        if (parsed < 0) {
            throw new BadParameter("after", "changes.after.negative", parsed);
        }
        return parsed;
    }
}
