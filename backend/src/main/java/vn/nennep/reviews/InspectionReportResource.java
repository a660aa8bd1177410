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
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.organizations.Organization;

/**
 * {@code /reports/inspections}: the year's inspections and supervisions of a subtree, for whoever may read the
 * organization; with {@code Accept: text/csv} the rows per organization as CSV.
 */
@Authenticated
@Path("/api/v1/reports/inspections")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class InspectionReportResource {

    private final ReportScope scope;
    private final InspectionReportService reports;

    public InspectionReportResource(ReportScope scope, InspectionReportService reports) {
        this.scope = scope;
        this.reports = reports;
    }

    @GET
    public Response get(@QueryParam("organizationId") String organizationId, @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        int when = ReportScope.year(year);
        Organization organization = scope.readable(organizationId);
        InspectionReport report = reports.report(organization, when);
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(InspectionReport.Subject.class, report.subjects(),
                    "kiem-tra-giam-sat-" + when), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
