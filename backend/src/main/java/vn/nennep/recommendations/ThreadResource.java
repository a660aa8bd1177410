package vn.nennep.recommendations;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.nennep.auth.Role;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/**
 * A recommendation's thread, oldest first and append-only: {@code /recommendations/{id}/entries} (POST: a comment),
 * and the steps that move it on: {@code /forward}, {@code /answers}, {@code /reviews}, {@code /resolution}. Each step
 * answers the recommendation in its new status.
 */
@Authenticated
@Path("/api/v1/recommendations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadResource {

    private final ThreadService threads;

    public ThreadResource(ThreadService threads) {
        this.threads = threads;
    }

    @GET
    @Path("entries")
    public PageResponse<EntryResponse> entries(@PathParam("id") String id, @BeanParam ListParams paging) {
        UUID recommendationId = Params.id("id", id);
        PageQuery page = PageQuery.unsorted(paging);
        return threads.entries(recommendationId, Params.instant("updatedSince", paging.updatedSince), page);
    }

    @POST
    @Path("entries")
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    public Response comment(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ThreadRequests.Comment request) {
        UUID recommendationId = Params.id("id", id);
        EntryResponse entry = threads.comment(recommendationId, ifMatch, request);
        return Response.created(URI.create("/api/v1/recommendations/" + recommendationId + "/entries/" + entry.id()))
                .entity(entry).build();
    }

    @GET
    @Path("entries/{entryId}")
    public EntryResponse entry(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        return threads.entry(Params.id("id", id), Params.id("entryId", entryId));
    }

    @POST
    @Path("forward")
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response forward(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ThreadRequests.Forward request) {
        return withEtag(threads.forward(Params.id("id", id), ifMatch, request));
    }

    @POST
    @Path("answers")
    @RolesAllowed({Role.ADMIN, Role.GRASSROOTS, Role.ANSWERING})
    public Response answer(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ThreadRequests.Answer request) {
        return withEtag(threads.answer(Params.id("id", id), ifMatch, request));
    }

    @POST
    @Path("reviews")
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response review(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ThreadRequests.Review request) {
        return withEtag(threads.review(Params.id("id", id), ifMatch, request));
    }

    @POST
    @Path("resolution")
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.ANSWERING})
    public Response resolve(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ThreadRequests.Resolution request) {
        return withEtag(threads.resolve(Params.id("id", id), ifMatch, request));
    }

    private static Response withEtag(RecommendationResponse recommendation) {
        return Response.ok(recommendation).tag(Versions.etag(recommendation.version())).build();
    }
}
