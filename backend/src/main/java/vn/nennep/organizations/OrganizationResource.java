package vn.nennep.organizations;

import static vn.nennep.audit.HistoryDiff.state;

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
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

@Authenticated
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;
    private final HistoryService history;

    public OrganizationResource(OrganizationService organizations, HistoryService history) {
        this.organizations = organizations;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam OrganizationFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, OrganizationResponse.class, "to-chuc", paging, p -> {
            PageQuery page = PageQuery.parse(p, OrganizationService.SORTABLE, OrganizationService.DEFAULT_SORT);
            return organizations.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@Valid @NotNull OrganizationRequest request) {
        OrganizationResponse created = organizations.create(request);
        return Response.created(URI.create("/api/v1/organizations/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        OrganizationResponse org = organizations.get(Params.id("id", id));
        return Response.ok(org).tag(Versions.etag(org.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull OrganizationRequest request) {
        OrganizationResponse org = organizations.update(Params.id("id", id), ifMatch, request);
        return Response.ok(org).tag(Versions.etag(org.version())).build();
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        organizations.delete(Params.id("id", id));
    }

    @GET
    @Path("{id}/subtree")
    public OrganizationNode subtree(@PathParam("id") String id) {
        return organizations.subtree(Params.id("id", id));
    }

    /**
     * An organization's audit trail, newest first: a page as JSON, or with {@code Accept: text/csv} every revision
     * as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID orgId = Params.id("id", id);
        // memberCount: the declared count, as clients send it; the computed total is not a stored field.
        return history.answer("lich-su-to-chuc", headers, paging, Organization.class, orgId,
                () -> organizations.get(orgId),
                (org, revision) -> state("code", org.code, "name", org.name, "type", org.type,
                        "parentId", org.parentId, "zoneId", org.zoneId, "externalId", org.externalId,
                        "memberCount", org.declaredMemberCount, "rosterCount", org.rosterCount));
    }
}
