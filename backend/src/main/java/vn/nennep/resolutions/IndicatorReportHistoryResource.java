package vn.nennep.resolutions;

import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** An indicator report's audit trail, newest first: every edit, submission, acceptance and return. */
@Path("/api/v1/resolutions/{id}/targets/{targetId}/reports/{reportId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorReportHistoryResource {

    private final IndicatorReportService reports;
    private final HistoryService history;

    public IndicatorReportHistoryResource(IndicatorReportService reports, HistoryService history) {
        this.reports = reports;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @PathParam("reportId") String reportId, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID resolution = Params.id("id", id);
        UUID target = Params.id("targetId", targetId);
        UUID report = Params.id("reportId", reportId);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-bao-cao-chi-tieu", paging,
                page -> history.page(IndicatorReport.class, report, () -> reports.readable(resolution, target, report),
                last -> target.equals(last.targetId),
                (r, revision) -> state("organizationId", r.organizationId, "periodStart", r.periodStart,
                        "periodEnd", r.periodEnd, "value", r.value == null ? null : r.value.doubleValue(),
                        "evidence", r.evidence, "status", r.status, "returnReason", r.returnReason,
                        "externalId", r.externalId),
                page));
    }
}
