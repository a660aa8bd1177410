package vn.nennep.briefings;

import static vn.nennep.audit.HistoryDiff.personal;
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
import java.time.YearMonth;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** A briefing's audit trail, newest first: {@code /briefings/{id}/history}; attendees one line each. */
@Path("/api/v1/briefings/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BriefingHistoryResource {

    private final BriefingService briefings;
    private final HistoryService history;

    public BriefingHistoryResource(BriefingService briefings, HistoryService history) {
        this.briefings = briefings;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID briefingId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-giao-ban", paging,
                page -> history.page(Briefing.class, briefingId, () -> briefings.readable(briefingId),
                (b, revision) -> state("zoneId", b.zoneId, "hostOrganizationId", b.hostOrganizationId,
                        "month", b.month == null ? null : YearMonth.from(b.month).toString(), "heldOn", b.heldOn,
                        "attendees", b.attendees == null ? null : personal(b.attendees.stream()
                                .map(a -> a.fullName() + (a.position() == null ? "" : " (" + a.position() + ")"))
                                .toList(), b.attendees.stream().map(a -> a.position() == null ? "" : a.position())
                                .toList()),
                        "externalId", b.externalId),
                page));
    }
}
