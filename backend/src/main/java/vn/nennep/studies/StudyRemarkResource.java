package vn.nennep.studies;

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
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Remarks after a study session: {@code /study-sessions/{id}/remarks}, oldest first. */
@Authenticated
@Path("/api/v1/study-sessions/{id}/remarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudyRemarkResource {

    private final StudyRemarkService remarks;
    private final StudySessionService sessions;

    public StudyRemarkResource(StudyRemarkService remarks, StudySessionService sessions) {
        this.remarks = remarks;
        this.sessions = sessions;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@PathParam("id") String id, @QueryParam("kind") String kind,
            @QueryParam("organizationId") String organizationId, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID sessionId = Params.id("id", id);
        sessions.readable(sessionId);
        return CsvExport.pageOrCsv(headers, StudyRemarkResponse.class, "nhan-xet-hoc-tap", paging, p -> {
            PageQuery page = PageQuery.unsorted(p);
            return remarks.list(sessionId, Params.enumValue("kind", kind, RemarkKind.class),
                    Params.uuid("organizationId", organizationId), Params.instant("updatedSince", p.updatedSince),
                    page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@PathParam("id") String id, @Valid @NotNull StudyRemarkRequest request) {
        UUID sessionId = Params.id("id", id);
        StudyRemarkResponse created = remarks.create(sessionId, request);
        return Response.created(URI.create("/api/v1/study-sessions/" + sessionId + "/remarks/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{remarkId}")
    public Response get(@PathParam("id") String id, @PathParam("remarkId") String remarkId) {
        return withEtag(remarks.get(Params.id("id", id), Params.id("remarkId", remarkId)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{remarkId}")
    public Response update(@PathParam("id") String id, @PathParam("remarkId") String remarkId,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull StudyRemarkRequest request) {
        return withEtag(remarks.update(Params.id("id", id), Params.id("remarkId", remarkId), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{remarkId}")
    public void delete(@PathParam("id") String id, @PathParam("remarkId") String remarkId) {
        remarks.delete(Params.id("id", id), Params.id("remarkId", remarkId));
    }

    private static Response withEtag(StudyRemarkResponse remark) {
        return Response.ok(remark).tag(Versions.etag(remark.version())).build();
    }
}
