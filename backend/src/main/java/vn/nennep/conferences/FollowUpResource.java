package vn.nennep.conferences;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** What happened after a conference: {@code /conferences/{id}/follow-ups}, oldest first, append-only. */
@Authenticated
@Path("/api/v1/conferences/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final ConferenceService conferences;

    public FollowUpResource(ConferenceService conferences) {
        this.conferences = conferences;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID conferenceId = Params.id("id", id);
        conferences.readable(conferenceId);
        return CsvExport.pageOrCsv(headers, FollowUpResponse.class, "ket-qua-sau-hoi-nghi", paging, p -> {
            PageQuery page = PageQuery.unsorted(p);
            return conferences.followUps(conferenceId, page, Params.instant("updatedSince", p.updatedSince));
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@PathParam("id") String id, @Valid @NotNull FollowUpRequest request) {
        UUID conferenceId = Params.id("id", id);
        FollowUpResponse created = conferences.addFollowUp(conferenceId, request);
        return Response.created(URI.create("/api/v1/conferences/" + conferenceId + "/follow-ups/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{followUpId}")
    public Response get(@PathParam("id") String id, @PathParam("followUpId") String followUpId) {
        FollowUpResponse followUp = conferences.followUp(Params.id("id", id), Params.id("followUpId", followUpId));
        return Response.ok(followUp).tag(Versions.etag(followUp.version())).build();
    }
}
