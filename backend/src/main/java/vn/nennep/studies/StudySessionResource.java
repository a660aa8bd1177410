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

/** Study sessions: {@code /study-sessions}, with their bridge points and computed participation. */
@Authenticated
@Path("/api/v1/study-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudySessionResource {

    private final StudySessionService sessions;
    private final HistoryService history;

    public StudySessionResource(StudySessionService sessions, HistoryService history) {
        this.sessions = sessions;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam StudySessionFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, StudySessionResponse.class, "hoi-nghi-hoc-tap", paging, p -> {
            PageQuery page = PageQuery.parse(p, StudySessionService.SORTABLE, StudySessionService.DEFAULT_SORT);
            return sessions.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@Valid @NotNull StudySessionRequest request) {
        StudySessionResponse created = sessions.create(request);
        return Response.created(URI.create("/api/v1/study-sessions/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(sessions.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull StudySessionRequest request) {
        return withEtag(sessions.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        sessions.delete(Params.id("id", id));
    }

    private static Response withEtag(StudySessionResponse session) {
        return Response.ok(session).tag(Versions.etag(session.version())).build();
    }

    /**
     * A session's audit trail, newest first; the bridge points appear field by field
     * ({@code bridgePoints[3].attended}).
     * A page as JSON, or with {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID sessionId = Params.id("id", id);
        return history.answer("lich-su-hoi-nghi-hoc-tap", headers, paging, StudySession.class, sessionId,
                () -> sessions.get(sessionId), (session, revision) -> historyState(session));
    }

    /** A session's state as API fields; each bridge point's values are fields of their own. */
    static Map<String, Object> historyState(StudySession s) {
        List<Object> fields = new ArrayList<>(Arrays.asList("studyPlanId", s.studyPlanId,
                "organizationId", s.organizationId, "organizerKind", s.organizerKind,
                "organizerName", s.organizerName, "audience", s.audience, "format", s.format, "title", s.title,
                "place", s.place, "presenterName", s.presenterName, "startsAt", s.startsAt, "endsAt", s.endsAt,
                "inPersonExpected", s.inPersonExpected, "inPersonAttended", s.inPersonAttended));
        List<StudySession.BridgePoint> points = s.bridgePoints == null ? List.of() : s.bridgePoints;
        for (int i = 0; i < points.size(); i++) {
            StudySession.BridgePoint point = points.get(i);
            String at = "bridgePoints[" + i + "].";
            fields.addAll(Arrays.asList(at + "name", point.name(), at + "hostOrganizationId",
                    point.hostOrganizationId(), at + "expected", point.expected(), at + "attended",
                    point.attended()));
        }
        fields.addAll(Arrays.asList("expectedTotal", s.expectedTotal, "attendedTotal", s.attendedTotal,
                "participationRate", s.participationRate, "externalId", s.externalId));
        return HistoryDiff.state(fields.toArray());
    }
}
