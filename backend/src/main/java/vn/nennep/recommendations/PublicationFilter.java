package vn.nennep.recommendations;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/**
 * The filters of {@code GET /recommendations/publications} as sent (text); {@link #parse} reads them, a 400 naming a
 * bad one.
 */
public class PublicationFilter {
    @QueryParam("briefingId")
    public String briefingId;
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed; each null when not given. */
    public record Query(UUID briefingId, UUID zoneId, String externalId, OffsetDateTime updatedSince) {
    }

    /** The filters and the list's {@code updatedSince}, parsed in the order their errors are reported. */
    public Query parse(ListParams paging) {
        UUID briefing = Params.uuid("briefingId", briefingId);
        UUID zone = Params.uuid("zoneId", zoneId);
        OffsetDateTime since = Params.instant("updatedSince", paging.updatedSince);
        return new Query(briefing, zone, externalId, since);
    }
}
