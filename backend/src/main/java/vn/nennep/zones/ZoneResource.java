package vn.nennep.zones;

import static vn.nennep.audit.HistoryDiff.personal;
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
import vn.nennep.organizations.Organization;

@Authenticated
@Path("/api/v1/zones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZoneResource {

    private final ZoneService zones;
    private final HistoryService history;

    public ZoneResource(ZoneService zones, HistoryService history) {
        this.zones = zones;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam ZoneFilter filter, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, ZoneResponse.class, "khu-cum", paging, p -> {
            PageQuery page = PageQuery.parse(p, ZoneService.SORTABLE, ZoneService.DEFAULT_SORT);
            return zones.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response create(@Valid @NotNull ZoneRequest request) {
        ZoneResponse created = zones.create(request);
        return Response.created(URI.create("/api/v1/zones/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ZoneResponse zone = zones.get(Params.id("id", id));
        return Response.ok(zone).tag(Versions.etag(zone.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch, @Valid @NotNull ZoneRequest request) {
        ZoneResponse zone = zones.update(Params.id("id", id), ifMatch, request);
        return Response.ok(zone).tag(Versions.etag(zone.version())).build();
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        zones.delete(Params.id("id", id));
    }

    /**
     * A zone's audit trail, newest first, its committees included: a page as JSON, or with {@code Accept: text/csv}
     * every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID zoneId = Params.id("id", id);
        return history.answer("lich-su-khu-cum", headers, paging, Zone.class, zoneId, () -> zones.get(zoneId),
                (zone, revision) -> state("name", zone.name, "districtId", zone.districtId,
                        "headName", personal(zone.headName), "externalId", zone.externalId,
                        "organizationIds", history.idsAt(Organization.class, o -> o.id, "zoneId", zone.id, revision)));
    }
}
