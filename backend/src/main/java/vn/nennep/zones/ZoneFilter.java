package vn.nennep.zones;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /zones as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class ZoneFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("districtId")
    public String districtId;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID districtId, String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("districtId", districtId), externalId,
                Params.instant("updatedSince", paging.updatedSince));
    }
}
