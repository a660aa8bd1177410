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
 * {@code /reports/action-plans}: the grassroots organizations' action plans of a subtree, on time or not, for whoever
 * may read the organization; with {@code Accept: text/csv} the rows as CSV.
 */
@Authenticated
@Path("/api/v1/reports/action-plans")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class ActionPlanReportResource {

    private final ReportScope scope;
    private final ActionPlanReportService reports;

    public ActionPlanReportResource(ReportScope scope, ActionPlanReportService reports) {
        this.scope = scope;
        this.reports = reports;
    }

    @GET
    public Response get(@QueryParam("organizationId") String organizationId,
            @QueryParam("studyPlanId") String studyPlanId, @QueryParam("resolutionId") String resolutionId,
            @Context HttpHeaders headers) {
        String studyPlan = ReportScope.idText("studyPlanId", studyPlanId);
        String resolution = ReportScope.idText("resolutionId", resolutionId);
        Organization organization = scope.readable(organizationId);
        ActionPlanReport report = reports.report(organization, studyPlan, resolution);
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(ActionPlanReport.Row.class, report.items(), "ke-hoach-thuc-hien"),
                    CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
