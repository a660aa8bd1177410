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

/** A resolution's audit trail, newest first: {@code /resolutions/{id}/history}. */
@Path("/api/v1/resolutions/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ResolutionHistoryResource {

    private final ResolutionService resolutions;
    private final HistoryService history;

    public ResolutionHistoryResource(ResolutionService resolutions, HistoryService history) {
        this.resolutions = resolutions;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-van-ban", paging,
                page -> history.page(Resolution.class, resolutionId, () -> resolutions.readable(resolutionId),
                (r, revision) -> state("number", r.number, "documentType", r.documentType, "issuerId", r.issuerId,
                        "term", r.term, "issuedOn", r.issuedOn, "title", r.title, "conferenceId", r.conferenceId,
                        "scopeOrganizationId", r.scopeOrganizationId, "effectiveFrom", r.effectiveFrom,
                        "effectiveTo", r.effectiveTo, "externalId", r.externalId),
                page));
    }
}
