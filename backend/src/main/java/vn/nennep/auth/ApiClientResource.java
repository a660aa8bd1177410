package vn.nennep.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Machine credentials for provincial systems: system administrators only. */
@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ApiClientResource {

    private final ApiClientService clients;

    public ApiClientResource(ApiClientService clients) {
        this.clients = clients;
    }

    @GET
    public PageResponse<ApiClientResponse> list(@BeanParam ListParams paging) {
        return clients.list(paging);
    }

    @POST
    public Response create(@Valid @NotNull ApiClientRequest request) {
        ApiClientResponse created = clients.create(request);
        return Response.created(URI.create("/api/v1/api-clients/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ApiClientResponse client = clients.get(Params.id("id", id));
        return Response.ok(client).tag(Versions.etag(client.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ApiClientRequest request) {
        ApiClientResponse client = clients.update(Params.id("id", id), ifMatch, request);
        return Response.ok(client).tag(Versions.etag(client.version())).build();
    }

    @POST
    @Path("{id}/revoke")
    public ApiClientResponse revoke(@PathParam("id") String id) {
        return clients.revoke(Params.id("id", id));
    }
}
