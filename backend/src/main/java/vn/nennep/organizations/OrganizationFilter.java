package vn.nennep.organizations;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /organizations as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class OrganizationFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("type")
    public String type;
    @QueryParam("parentId")
    public String parentId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID withinId, OrganizationType type, UUID parentId, UUID zoneId, String externalId,
            OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("withinId", withinId), Params.enumValue("type", type, OrganizationType.class),
                Params.uuid("parentId", parentId), Params.uuid("zoneId", zoneId), externalId,
                Params.instant("updatedSince", paging.updatedSince));
    }
}
