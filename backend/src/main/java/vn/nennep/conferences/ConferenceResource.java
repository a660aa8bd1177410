package vn.nennep.conferences;

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
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Thematic conferences, seminars and contests: {@code /conferences}, and their status at {@code /{id}/status}. */
@Authenticated
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    private final ConferenceService conferences;

    public ConferenceResource(ConferenceService conferences) {
        this.conferences = conferences;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam ConferenceFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, ConferenceResponse.class, "hoi-nghi", paging,
                p -> conferences.list(filter, p));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@Valid @NotNull ConferenceRequest request) {
        ConferenceResponse created = conferences.create(request);
        return Response.created(URI.create("/api/v1/conferences/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(conferences.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ConferenceRequest request) {
        return withEtag(conferences.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        conferences.delete(Params.id("id", id));
    }

    /** If-Match is optional here: when sent, it must name the current version. */
    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return withEtag(conferences.changeStatus(Params.id("id", id), ifMatch, request.status()));
    }

    private static Response withEtag(ConferenceResponse conference) {
        return Response.ok(conference).tag(Versions.etag(conference.version())).build();
    }
}
