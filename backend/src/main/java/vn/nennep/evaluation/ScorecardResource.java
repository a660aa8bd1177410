package vn.nennep.evaluation;

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
import java.util.UUID;
import vn.nennep.common.BadParameter;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;

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
        PageQuery page = ScorecardSort.page(paging);
        if (organizationId == null || organizationId.isBlank()) {
            throw new BadParameter("organizationId", "error.param.required");
        }
        UUID organization = Params.uuid("organizationId", organizationId);
        Quarter when = Quarter.parse("quarter", quarter);
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(ScorecardRow.class, scorecards.all(organization, when, page),
                    "bang-diem-chi-bo-" + when), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(scorecards.scorecard(organization, when, page), MediaType.APPLICATION_JSON).build();
    }
}
