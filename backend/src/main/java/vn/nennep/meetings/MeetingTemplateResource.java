package vn.nennep.meetings;

import static vn.nennep.audit.HistoryDiff.lines;
import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** The meeting checklist and score sheet of an organization: {@code /organizations/{id}/meeting-templates}. */
@Authenticated
@Path("/api/v1/organizations/{id}/meeting-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingTemplateResource {

    private final MeetingTemplateService service;

    public MeetingTemplateResource(MeetingTemplateService service) {
        this.service = service;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        MeetingTemplatesResponse templates = service.get(Params.id("id", id));
        return Response.ok(templates).tag(Versions.etag(templates.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response set(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull MeetingTemplatesRequest request) {
        MeetingTemplatesResponse templates = service.set(Params.id("id", id), ifMatch, request);
        return Response.ok(templates).tag(Versions.etag(templates.version())).build();
    }

    /**
     * Who changed the organization's own checklist and score sheet, when and how, newest first: a page as JSON, or
     * with {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID organizationId = Params.id("id", id);
        return HistoryService.answer("lich-su-trinh-tu-sinh-hoat", headers, paging,
                p -> service.history(organizationId, (t, revision) -> state("procedure", t.procedure,
                        "criteria", lines(t.criteria,
                                c -> c.code() + " | " + c.name() + " | " + c.max() + " | " + c.key())),
                        PageQuery.unsorted(p)));
    }
}
