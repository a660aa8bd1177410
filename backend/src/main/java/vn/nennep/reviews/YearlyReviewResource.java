package vn.nennep.reviews;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nennep.common.BadParameter;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.organizations.Organization;

/**
 * {@code /reports/yearly-review}: the year of an organization, those below it and a branch's members, for whoever may
 * read the organization; with {@code Accept: text/csv} one table ({@code part}) as CSV.
 */
@Authenticated
@Path("/api/v1/reports/yearly-review")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class YearlyReviewResource {

    private final ReportScope scope;
    private final YearlyReviewService reviews;

    public YearlyReviewResource(ReportScope scope, YearlyReviewService reviews) {
        this.scope = scope;
        this.reviews = reviews;
    }

    @GET
    public Response get(@QueryParam("organizationId") String organizationId, @QueryParam("year") String year,
            @QueryParam("memberId") String memberId, @QueryParam("part") String part, @Context HttpHeaders headers) {
        int when = ReportScope.year(year);
        String member = ReportScope.idText("memberId", memberId);
        boolean members = part != null && part.trim().equals("members");
        if (part != null && !part.isBlank() && !members && !part.trim().equals("organizations")) {
            throw new BadParameter("part", "report.part", part);
        }
        Organization organization = scope.readable(organizationId);
        YearlyReview review = reviews.review(organization, when, member);
        if (CsvExport.wanted(headers)) {
            String filename = "kiem-diem-" + when;
            return Response.ok(members
                    ? new CsvExport<>(YearlyReview.Member.class, review.members(), filename)
                    : new CsvExport<>(YearlyReview.Organization.class, review.organizations(), filename),
                    CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(review, MediaType.APPLICATION_JSON).build();
    }
}
