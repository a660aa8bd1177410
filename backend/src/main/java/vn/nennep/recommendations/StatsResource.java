package vn.nennep.recommendations;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.Problems;

/**
 * Statistics of recommendations over a period and a subtree: {@code /recommendations/stats}; with
 * {@code Accept: text/csv} the groups' rows as CSV.
 */
@Authenticated
@Path("/api/v1/recommendations/stats")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class StatsResource {

    /** The query parameters, read as text and parsed here ({@link StatsQuery#parse}) so errors name the parameter. */
    public static class StatsParams {
        @QueryParam("from")
        public String from;
        @QueryParam("to")
        public String to;
        @QueryParam("organizationId")
        public String organizationId;
        @QueryParam("zoneId")
        public String zoneId;
        @QueryParam("groupBy")
        public String groupBy;
    }

    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    public Response stats(@BeanParam StatsParams params, @Context HttpHeaders headers) {
        StatsQuery asked = StatsQuery.parse(params.from, params.to, params.organizationId, params.zoneId,
                params.groupBy);
        StatsResponse answer = stats.stats(asked, Problems.locale(headers));
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(StatsResponse.Group.class, answer.groups(),
                    "thong-ke-kien-nghi-theo-" + answer.groupBy()), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }
}
