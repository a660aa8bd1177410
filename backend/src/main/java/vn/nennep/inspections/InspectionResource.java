package vn.nennep.inspections;

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

/** Inspections and supervisions: {@code /inspections}, and their status at {@code /{id}/status}. */
@Authenticated
@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private final InspectionService inspections;
    private final HistoryService history;

    public InspectionResource(InspectionService inspections, HistoryService history) {
        this.inspections = inspections;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam InspectionFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, InspectionResponse.class, "kiem-tra-giam-sat", paging, p -> {
            PageQuery page = PageQuery.parse(p, InspectionService.SORTABLE, InspectionService.DEFAULT_SORT);
            return inspections.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.INSPECTING})
    public Response create(@Valid @NotNull InspectionRequest request) {
        InspectionResponse created = inspections.create(request);
        return Response.created(URI.create("/api/v1/inspections/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(inspections.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.INSPECTING})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull InspectionRequest request) {
        return withEtag(inspections.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        inspections.delete(Params.id("id", id));
    }

    /** If-Match is optional here: when sent, it must name the current version. */
    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.INSPECTING})
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull InspectionStatusRequest request) {
        return withEtag(inspections.changeStatus(Params.id("id", id), ifMatch, request));
    }

    private static Response withEtag(InspectionResponse inspection) {
        return Response.ok(inspection).tag(Versions.etag(inspection.version())).build();
    }

    /**
     * An inspection's audit trail, newest first: every edit and every status change is a revision; the team, the
     * findings, the conclusion and the remedies appear field by field ({@code remedies[2].status}). A page as JSON, or
     * with {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID inspectionId = Params.id("id", id);
        return history.answer("lich-su-kiem-tra-giam-sat", headers, paging, Inspection.class, inspectionId,
                () -> inspections.get(inspectionId), (inspection, revision) -> InspectionHistory.state(inspection));
    }
}
