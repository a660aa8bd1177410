package vn.nennep.recommendations;

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

/**
 * A recommendation's audit trail, newest first: {@code /recommendations/{id}/history}: one revision per step of its
 * thread (status, counts, a new addressee), with who and from where. The thread itself is at {@code /entries}.
 */
@Path("/api/v1/recommendations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RecommendationHistoryResource {

    private final RecommendationService recommendations;
    private final HistoryService history;

    public RecommendationHistoryResource(RecommendationService recommendations, HistoryService history) {
        this.recommendations = recommendations;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID recommendationId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-kien-nghi", paging,
                page -> history.page(Recommendation.class, recommendationId,
                () -> recommendations.readable(recommendationId),
                (r, revision) -> state("briefingId", r.briefingId, "raisedById", r.raisedById,
                        "addresseeId", r.addresseeId, "field", r.field, "title", r.title, "content", r.content,
                        "status", r.status, "dueOn", r.dueOn, "reanswerCount", r.reanswerCount,
                        "entryCount", r.entryCount, "externalId", r.externalId),
                page));
    }
}
