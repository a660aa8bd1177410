package vn.nennep.meetings;

import static vn.nennep.audit.HistoryDiff.lines;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.BadParameter;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Branch meeting records: {@code /meetings}, and the unfinished tasks the next record starts from. */
@Authenticated
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService meetings;
    private final HistoryService history;

    public MeetingResource(MeetingService meetings, HistoryService history) {
        this.meetings = meetings;
        this.history = history;
    }

    /** The list of carried tasks, as {@code {"items": [...]}}. */
    public record CarryOver(List<CarriedTask> items) {
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam MeetingFilter filter, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, MeetingResponse.class, "bien-ban-sinh-hoat", paging, p -> {
            PageQuery page = PageQuery.parse(p, MeetingService.SORTABLE, MeetingService.DEFAULT_SORT);
            return meetings.list(filter.parse(p), page);
        });
    }

    @GET
    @Path("carry-over")
    public CarryOver carryOver(@QueryParam("branchId") String branchId, @QueryParam("month") String month) {
        if (branchId == null || branchId.isBlank()) {
            throw new BadParameter("branchId", "error.param.required");
        }
        UUID branch = Params.uuid("branchId", branchId);
        return new CarryOver(meetings.carryOver(branch, month(month)));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    public Response create(@Valid @NotNull MeetingRequest request) {
        MeetingResponse created = meetings.create(request);
        return Response.created(URI.create("/api/v1/meetings/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        MeetingResponse meeting = meetings.get(Params.id("id", id));
        return Response.ok(meeting).tag(Versions.etag(meeting.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull MeetingRequest request) {
        MeetingResponse meeting = meetings.update(Params.id("id", id), ifMatch, request);
        return Response.ok(meeting).tag(Versions.etag(meeting.version())).build();
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        meetings.delete(Params.id("id", id));
    }

    /**
     * A meeting record's audit trail, newest first, names only for name readers: a page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID meetingId = Params.id("id", id);
        return history.answer("lich-su-bien-ban-sinh-hoat", headers, paging, Meeting.class, meetingId,
                () -> meetings.requireReadable(meetingId), (meeting, revision) -> historyState(meeting));
    }

    /** A meeting record's state as API fields: lists one line per item, names withheld from who may not read them. */
    private static Map<String, Object> historyState(Meeting m) {
        return state("branchId", m.branchId, "kind", m.kind, "theme", m.theme, "topic", m.topic,
                "scheduledAt", m.scheduledAt, "startedAt", m.startedAt, "endedAt", m.endedAt,
                "held", m.held, "chair", personal(m.chair), "minuteTaker", personal(m.minuteTaker),
                "membersTotal", m.membersTotal, "present", m.present, "excused", m.excused,
                "unexcused", m.unexcused, "exempt", m.exempt,
                "attendance", personal(lines(m.attendance, a -> a.memberId() + " " + a.status()
                        + (a.reason() == null ? "" : " (" + a.reason() + ")"))),
                "guests", personal(m.guests),
                "opinions", personal(lines(m.opinions, o -> o.speaker() + " " + opinion(o)),
                        lines(m.opinions, MeetingResource::opinion)),
                "procedure", lines(m.procedure, p -> (p.done() ? "[x] " : "[ ] ") + p.step()),
                "conclusions", m.conclusions,
                "tasks", personal(lines(m.tasks, t -> t.title() + " | " + t.assigneeName() + " | " + t.dueOn()
                        + " | " + t.status()),
                        lines(m.tasks, t -> t.title() + " | " + t.dueOn() + " | " + t.status())),
                "vote", m.voteVoters == null ? null : m.voteInFavour + "/" + m.voteVoters,
                "score", lines(m.scoreCriteria, c -> c.code() + " " + c.points() + "/" + c.max()),
                "draftSentOn", m.draftSentOn, "resolutionReportedOn", m.resolutionReportedOn,
                "pilot", m.pilot, "reviewer", personal(m.reviewReviewer), "strengths", m.reviewStrengths,
                "limitations", m.reviewLimitations, "remedies", m.reviewRemedies,
                "conclusionNoticeNumber", m.reviewNoticeNumber, "externalId", m.externalId);
    }

    /** An opinion's line without its speaker: "[AREA]: summary". */
    private static String opinion(Meeting.Opinion o) {
        return "[" + o.area() + "]: " + (o.summary() == null ? "" : o.summary());
    }

    /** A month as YYYY-MM; null when absent (this month). */
    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameter("month", "meeting.param.month", value);
        }
    }
}
