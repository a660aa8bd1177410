package vn.nennep.recommendations;

import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/**
 * Recommendations: {@code /recommendations}; the list also as CSV ({@code Accept: text/csv}, every matching row). No
 * PUT or DELETE: a recommendation is changed only by its thread ({@link ThreadResource}).
 */
@Authenticated
@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final HistoryService history;

    public RecommendationResource(RecommendationService recommendations, HistoryService history) {
        this.recommendations = recommendations;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam RecommendationFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        PageQuery page = PageQuery.parse(paging, RecommendationService.SORTABLE, RecommendationService.DEFAULT_SORT);
        RecommendationFilter.Query query = filter.parse(paging);
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(RecommendationResponse.class, recommendations.export(query, page),
                    "kien-nghi"), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(recommendations.list(query, page), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    public Response create(@Valid @NotNull RecommendationRequest request) {
        RecommendationResponse created = recommendations.create(request);
        return Response.created(URI.create("/api/v1/recommendations/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        RecommendationResponse recommendation = recommendations.get(Params.id("id", id));
        return Response.ok(recommendation).tag(Versions.etag(recommendation.version())).build();
    }

    /**
     * A recommendation's audit trail, newest first: one revision per step of its thread (status, counts, a new
     * addressee), with who and from where; the thread itself is at {@code /entries}. A page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID recommendationId = Params.id("id", id);
        return history.answer("lich-su-kien-nghi", headers, paging, Recommendation.class, recommendationId,
                () -> recommendations.readable(recommendationId),
                (r, revision) -> state("briefingId", r.briefingId, "raisedById", r.raisedById,
                        "addresseeId", r.addresseeId, "field", r.field, "title", r.title, "content", r.content,
                        "status", r.status, "dueOn", r.dueOn, "reanswerCount", r.reanswerCount,
                        "entryCount", r.entryCount, "externalId", r.externalId));
    }
}
