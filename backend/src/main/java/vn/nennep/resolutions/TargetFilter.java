package vn.nennep.resolutions;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** The filters of a resolution's target list as sent (text); {@link #parse} reads them, a 400 naming a bad one. */
public class TargetFilter {
    @QueryParam("metric")
    public String metric;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed; each null when not given. */
    public record Query(Metric metric, String externalId, OffsetDateTime updatedSince) {
    }

    /** The filters and the list's {@code updatedSince}, parsed in the order their errors are reported. */
    public Query parse(ListParams paging) {
        Metric parsedMetric = Params.enumValue("metric", metric, Metric.class);
        OffsetDateTime since = Params.instant("updatedSince", paging.updatedSince);
        return new Query(parsedMetric, externalId, since);
    }
}
