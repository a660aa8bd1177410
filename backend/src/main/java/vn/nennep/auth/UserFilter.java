package vn.nennep.auth;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /users as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class UserFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("role")
    public String role;
    @QueryParam("organizationId")
    public String organizationId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, Role role, UUID organizationId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.enumValue("role", role, Role.class), Params.uuid("organizationId", organizationId),
                Params.instant("updatedSince", paging.updatedSince));
    }
}
