package vn.nennep.recommendations;

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
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
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

    public RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam RecommendationFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(RecommendationResponse.class, recommendations.export(filter, paging),
                    "kien-nghi"), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(recommendations.list(filter, paging), MediaType.APPLICATION_JSON).build();
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
}
