package vn.nennep.meetings;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nennep.auth.Role;
import vn.nennep.common.IfMatch;
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
}
