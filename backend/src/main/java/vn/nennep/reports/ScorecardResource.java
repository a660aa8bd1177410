package vn.nennep.reports;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageResponse;

/** {@code /reports/scorecard}: each branch of a subtree in a quarter, for whoever may read the organization. */
@Authenticated
@Path("/api/v1/reports/scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private final ScorecardService scorecards;

    public ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    public PageResponse<ScorecardService.Row> get(@QueryParam("organizationId") String organizationId,
            @QueryParam("quarter") String quarter, @BeanParam ListParams paging) {
        return scorecards.scorecard(organizationId, quarter, paging);
    }
}
