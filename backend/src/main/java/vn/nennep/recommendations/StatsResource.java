package vn.nennep.recommendations;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Statistics of recommendations over a period and a subtree: {@code /recommendations/stats}. */
@Authenticated
@Path("/api/v1/recommendations/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** The query parameters, read as text and parsed by the service so errors name the parameter. */
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
    public StatsResponse stats(@BeanParam StatsParams params) {
        return stats.stats(params);
    }
}
