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
import java.time.LocalDate;
import vn.nennep.common.BadParameter;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.Params;
import vn.nennep.organizations.Organization;

/**
 * {@code /reports/study-participation}: the study sessions held in a subtree, per document, audience and organizer,
 * for whoever may read the organization; with {@code Accept: text/csv} the rows as CSV.
 */
@Authenticated
@Path("/api/v1/reports/study-participation")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class StudyParticipationResource {

    private final ReportScope scope;
    private final StudyParticipationService reports;

    public StudyParticipationResource(ReportScope scope, StudyParticipationService reports) {
        this.scope = scope;
        this.reports = reports;
    }

    @GET
    public Response get(@QueryParam("organizationId") String organizationId,
            @QueryParam("resolutionId") String resolutionId, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context HttpHeaders headers) {
        String resolution = ReportScope.idText("resolutionId", resolutionId);
        LocalDate fromDay = Params.date("from", from);
        LocalDate toDay = Params.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new BadParameter("to", "report.toBeforeFrom", toDay, fromDay);
        }
        Organization organization = scope.readable(organizationId);
        StudyParticipationReport report = reports.report(organization, resolution, fromDay, toDay);
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(StudyParticipationReport.Row.class, report.items(),
                    "hoc-tap-quan-triet"), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
