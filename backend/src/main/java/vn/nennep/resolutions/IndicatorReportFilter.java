package vn.nennep.resolutions;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** The filters of a target's report list as sent (text); {@link #parse} reads them, a 400 naming a bad one. */
public class IndicatorReportFilter {
    @QueryParam("organizationId")
    public String organizationId;
    @QueryParam("status")
    public String status;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed; each null when not given. */
    public record Query(UUID organizationId, ReportStatus status, String externalId, OffsetDateTime updatedSince) {
    }

    /** The filters and the list's {@code updatedSince}, parsed in the order their errors are reported. */
    public Query parse(ListParams paging) {
        UUID organization = Params.uuid("organizationId", organizationId);
        ReportStatus parsedStatus = Params.enumValue("status", status, ReportStatus.class);
        OffsetDateTime since = Params.instant("updatedSince", paging.updatedSince);
        return new Query(organization, parsedStatus, externalId, since);
    }
}
