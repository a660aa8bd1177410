package vn.nennep.reports;

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
import vn.nennep.common.ListParams;

/**
 * {@code /reports/scorecard}: each branch of a subtree in a quarter, for whoever may read the organization; a page as
 * JSON, or with {@code Accept: text/csv} every row (same sort) as CSV.
 */
@Authenticated
@Path("/api/v1/reports/scorecard")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class ScorecardResource {

    private final ScorecardService scorecards;

    public ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    public Response get(@QueryParam("organizationId") String organizationId, @QueryParam("quarter") String quarter,
            @BeanParam ListParams paging, @Context HttpHeaders headers) {
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(ScorecardService.Row.class,
                    scorecards.all(organizationId, quarter, paging),
                    "bang-diem-chi-bo-" + (quarter == null ? "" : quarter.trim())), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(scorecards.scorecard(organizationId, quarter, paging), MediaType.APPLICATION_JSON).build();
    }
}
