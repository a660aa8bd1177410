package vn.nennep.studies;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /study-plans as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class StudyPlanFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("organizationId")
    public String organizationId;
    @QueryParam("resolutionId")
    public String resolutionId;
    @QueryParam("status")
    public String status;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID organizationId, UUID resolutionId, StudyPlanStatus status, String externalId,
            OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("organizationId", organizationId), Params.uuid("resolutionId", resolutionId),
                Params.enumValue("status", status, StudyPlanStatus.class), externalId,
                Params.instant("updatedSince", paging.updatedSince));
    }
}
