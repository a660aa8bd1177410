package vn.nennep.inspections;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /inspections as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class InspectionFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("organizationId")
    public String organizationId;
    @QueryParam("subjectOrganizationId")
    public String subjectOrganizationId;
    @QueryParam("resolutionId")
    public String resolutionId;
    @QueryParam("kind")
    public String kind;
    @QueryParam("status")
    public String status;
    @QueryParam("overdueRemedies")
    public String overdueRemedies;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID organizationId, UUID subjectOrganizationId, UUID resolutionId,
            InspectionKind kind, InspectionStatus status, Boolean overdueRemedies, LocalDate from, LocalDate to,
            String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("organizationId", organizationId),
                Params.uuid("subjectOrganizationId", subjectOrganizationId), Params.uuid("resolutionId", resolutionId),
                Params.enumValue("kind", kind, InspectionKind.class),
                Params.enumValue("status", status, InspectionStatus.class),
                Params.bool("overdueRemedies", overdueRemedies), Params.date("from", from), Params.date("to", to),
                externalId, Params.instant("updatedSince", paging.updatedSince));
    }
}
