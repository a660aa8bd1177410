package vn.nennep.resolutions;

import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Values reported for an INDICATOR target, and their review: {@code /resolutions/{id}/targets/{targetId}/reports}. */
@Authenticated
@Path("/api/v1/resolutions/{id}/targets/{targetId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorReportResource {

    private final IndicatorReportService reports;
    private final HistoryService history;

    public IndicatorReportResource(IndicatorReportService reports, HistoryService history) {
        this.reports = reports;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@PathParam("id") String id,
            @PathParam("targetId") String targetId, @BeanParam IndicatorReportFilter filter,
            @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        UUID target = Params.id("targetId", targetId);
        return CsvExport.pageOrCsv(headers, IndicatorReportResponse.class, "bao-cao-chi-tieu", paging, p -> {
            PageQuery page = PageQuery.parse(p, IndicatorReportService.SORTABLE,
                    IndicatorReportService.DEFAULT_SORT);
            return reports.list(resolutionId, target, filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    public Response create(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @Valid @NotNull IndicatorReportRequest request) {
        UUID resolution = Params.id("id", id);
        UUID target = Params.id("targetId", targetId);
        IndicatorReportResponse created = reports.create(resolution, target, request);
        return Response.created(URI.create("/api/v1/resolutions/" + resolution + "/targets/" + target + "/reports/"
                + created.id())).tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{reportId}")
    public Response get(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId) {
        return tagged(reports.get(Params.id("id", id), Params.id("targetId", targetId),
                Params.id("reportId", reportId)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{reportId}")
    public Response update(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId, @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull IndicatorReportRequest request) {
        return tagged(reports.update(Params.id("id", id), Params.id("targetId", targetId),
                Params.id("reportId", reportId), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{reportId}")
    public void delete(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId) {
        reports.delete(Params.id("id", id), Params.id("targetId", targetId), Params.id("reportId", reportId));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{reportId}/submit")
    public Response submit(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId) {
        return tagged(reports.submit(Params.id("id", id), Params.id("targetId", targetId),
                Params.id("reportId", reportId)));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{reportId}/accept")
    public Response accept(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId) {
        return tagged(reports.accept(Params.id("id", id), Params.id("targetId", targetId),
                Params.id("reportId", reportId)));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{reportId}/return")
    public Response returnForRevision(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId, @Valid @NotNull ReturnRequest request) {
        return tagged(reports.returnForRevision(Params.id("id", id), Params.id("targetId", targetId),
                Params.id("reportId", reportId), request));
    }

    private static Response tagged(IndicatorReportResponse report) {
        return Response.ok(report).tag(Versions.etag(report.version())).build();
    }

    /**
     * An indicator report's audit trail, newest first: every edit, submission, acceptance and return. A page as JSON,
     * or with {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{reportId}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID resolution = Params.id("id", id);
        UUID target = Params.id("targetId", targetId);
        UUID report = Params.id("reportId", reportId);
        return history.answer("lich-su-bao-cao-chi-tieu", headers, paging, IndicatorReport.class, report,
                () -> reports.readable(resolution, target, report), last -> target.equals(last.targetId),
                (r, revision) -> state("organizationId", r.organizationId, "periodStart", r.periodStart,
                        "periodEnd", r.periodEnd, "value", r.value == null ? null : r.value.doubleValue(),
                        "evidence", r.evidence, "status", r.status, "returnReason", r.returnReason,
                        "externalId", r.externalId));
    }
}
