package vn.nennep.resolutions;

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
import jakarta.ws.rs.QueryParam;
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
@Path("/api/v1/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResolutionResource {

    private final ResolutionService resolutions;
    private final DocumentNumbering numbering;
    private final HistoryService history;

    public ResolutionResource(ResolutionService resolutions, DocumentNumbering numbering, HistoryService history) {
        this.resolutions = resolutions;
        this.numbering = numbering;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam ResolutionFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, ResolutionResponse.class, "van-ban", paging, p -> {
            PageQuery page = PageQuery.parse(p, ResolutionService.SORTABLE, ResolutionService.DEFAULT_SORT);
            return resolutions.list(filter.parse(p), page);
        });
    }

    @GET
    @Path("next-number")
    public NextNumberResponse nextNumber(@QueryParam("issuerId") String issuerId,
            @QueryParam("documentType") String documentType, @QueryParam("term") String term) {
        return numbering.nextNumber(NextNumberQuery.parse(issuerId, documentType, term));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@Valid @NotNull ResolutionRequest request) {
        ResolutionResponse created = resolutions.create(request);
        return Response.created(URI.create("/api/v1/resolutions/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ResolutionResponse resolution = resolutions.get(Params.id("id", id));
        return Response.ok(resolution).tag(Versions.etag(resolution.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ResolutionRequest request) {
        ResolutionResponse resolution = resolutions.update(Params.id("id", id), ifMatch, request);
        return Response.ok(resolution).tag(Versions.etag(resolution.version())).build();
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        resolutions.delete(Params.id("id", id));
    }

    /**
     * A resolution's audit trail, newest first: a page as JSON, or with {@code Accept: text/csv} every revision as
     * CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        return history.answer("lich-su-van-ban", headers, paging, Resolution.class, resolutionId,
                () -> resolutions.readable(resolutionId),
                (r, revision) -> state("number", r.number, "documentType", r.documentType, "issuerId", r.issuerId,
                        "issuerName", r.issuerName, "term", r.term, "issuedOn", r.issuedOn, "title", r.title,
                        "conferenceId", r.conferenceId, "scopeOrganizationId", r.scopeOrganizationId,
                        "effectiveFrom", r.effectiveFrom, "effectiveTo", r.effectiveTo, "externalId", r.externalId));
    }
}
