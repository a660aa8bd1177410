package vn.nennep.conferences;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.audit.HistoryDiff;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Thematic conferences, seminars and contests: {@code /conferences}, and their status at {@code /{id}/status}. */
@Authenticated
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    private final ConferenceService conferences;
    private final HistoryService history;

    public ConferenceResource(ConferenceService conferences, HistoryService history) {
        this.conferences = conferences;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam ConferenceFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, ConferenceResponse.class, "hoi-nghi", paging, p -> {
            PageQuery page = PageQuery.parse(p, ConferenceService.SORTABLE, ConferenceService.DEFAULT_SORT);
            return conferences.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@Valid @NotNull ConferenceRequest request) {
        ConferenceResponse created = conferences.create(request);
        return Response.created(URI.create("/api/v1/conferences/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(conferences.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ConferenceRequest request) {
        return withEtag(conferences.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        conferences.delete(Params.id("id", id));
    }

    /** If-Match is optional here: when sent, it must name the current version. */
    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return withEtag(conferences.changeStatus(Params.id("id", id), ifMatch, request.status()));
    }

    private static Response withEtag(ConferenceResponse conference) {
        return Response.ok(conference).tag(Versions.etag(conference.version())).build();
    }

    /**
     * A conference's audit trail, newest first: every edit and every status change is a revision; the survey and the
     * sites appear field by field ({@code survey.causes}, {@code sites[1].opinions}). A page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID conferenceId = Params.id("id", id);
        return history.answer("lich-su-hoi-nghi", headers, paging, Conference.class, conferenceId,
                () -> conferences.get(conferenceId), (conference, revision) -> historyState(conference));
    }

    /** A conference's state as API fields; the survey and each site's values are fields of their own. */
    static Map<String, Object> historyState(Conference c) {
        List<Object> fields = new ArrayList<>(Arrays.asList("organizerId", c.organizerId, "kind", c.kind,
                "title", c.title, "problem", c.problem, "status", c.status, "scheduledOn", c.scheduledOn,
                "heldOn", c.heldOn, "survey.achievements", c.surveyAchievements,
                "survey.limitations", c.surveyLimitations, "survey.causes", c.surveyCauses));
        List<Conference.Site> sites = c.sites == null ? List.of() : c.sites;
        for (int i = 0; i < sites.size(); i++) {
            Conference.Site site = sites.get(i);
            fields.addAll(Arrays.asList("sites[" + i + "].name", site.name(), "sites[" + i + "].participants",
                    site.participants(), "sites[" + i + "].opinions", site.opinions()));
        }
        fields.add("externalId");
        fields.add(c.externalId);
        return HistoryDiff.state(fields.toArray());
    }
}
