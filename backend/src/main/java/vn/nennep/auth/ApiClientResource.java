package vn.nennep.auth;

import static vn.nennep.audit.HistoryDiff.state;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Machine credentials for provincial systems: system administrators only. */
@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ApiClientResource {

    private final ApiClientService clients;
    private final HistoryService history;

    public ApiClientResource(ApiClientService clients, HistoryService history) {
        this.clients = clients;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam ListParams paging, @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, ApiClientResponse.class, "ung-dung-may", paging,
                p -> clients.list(PageQuery.parse(p, ApiClientService.SORTABLE, ApiClientService.DEFAULT_SORT)));
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
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ApiClientRequest request) {
        ApiClientResponse client = clients.update(Params.id("id", id), ifMatch, request);
        return Response.ok(client).tag(Versions.etag(client.version())).build();
    }

    @POST
    @Path("{id}/revoke")
    public ApiClientResponse revoke(@PathParam("id") String id) {
        return clients.revoke(Params.id("id", id));
    }

    /**
     * A machine client's audit trail, newest first (the key's hash is never part of it): a page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID clientId = Params.id("id", id);
        return history.answer("lich-su-ung-dung-may", headers, paging, ApiClient.class, clientId,
                () -> clients.get(clientId),
                (client, revision) -> state("name", client.name, "organizationId", client.organizationId,
                        "scopes", client.scopes, "keyPrefix", client.keyPrefix, "revokedAt", client.revokedAt,
                        "externalId", client.externalId));
    }
}
