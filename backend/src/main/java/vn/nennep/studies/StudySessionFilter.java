package vn.nennep.studies;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /study-sessions as sent (text); {@link #parse} reads them, a 400 naming the parameter if not. */
public class StudySessionFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("studyPlanId")
    public String studyPlanId;
    @QueryParam("resolutionId")
    public String resolutionId;
    @QueryParam("organizationId")
    public String organizationId;
    @QueryParam("format")
    public String format;
    @QueryParam("audience")
    public String audience;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID studyPlanId, UUID resolutionId, UUID organizationId, SessionFormat format,
            StudyPlanAudience audience, LocalDate from, LocalDate to, String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("studyPlanId", studyPlanId), Params.uuid("resolutionId", resolutionId),
                Params.uuid("organizationId", organizationId), Params.enumValue("format", format, SessionFormat.class),
                Params.enumValue("audience", audience, StudyPlanAudience.class), Params.date("from", from),
                Params.date("to", to), externalId, Params.instant("updatedSince", paging.updatedSince));
    }
}
