package vn.nennep.studies;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /action-plans as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class ActionPlanFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("studyPlanId")
    public String studyPlanId;
    @QueryParam("resolutionId")
    public String resolutionId;
    @QueryParam("organizationId")
    public String organizationId;
    @QueryParam("status")
    public String status;
    @QueryParam("overdue")
    public String overdue;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID studyPlanId, UUID resolutionId, UUID organizationId, ActionPlanStatus status,
            Boolean overdue, String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("studyPlanId", studyPlanId), Params.uuid("resolutionId", resolutionId),
                Params.uuid("organizationId", organizationId),
                Params.enumValue("status", status, ActionPlanStatus.class), Params.bool("overdue", overdue),
                externalId, Params.instant("updatedSince", paging.updatedSince));
    }
}
