package vn.nennep.meetings;

import static vn.nennep.audit.HistoryDiff.personal;
import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** A meeting record's audit trail, newest first: {@code /meetings/{id}/history}; names only for name readers. */
@Path("/api/v1/meetings/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeetingHistoryResource {

    private final MeetingService meetings;
    private final HistoryService history;

    public MeetingHistoryResource(MeetingService meetings, HistoryService history) {
        this.meetings = meetings;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID meetingId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-bien-ban-sinh-hoat", paging,
                page -> history.page(Meeting.class, meetingId, () -> meetings.requireReadable(meetingId),
                (m, revision) -> state("branchId", m.branchId, "kind", m.kind, "theme", m.theme, "topic", m.topic,
                        "scheduledAt", m.scheduledAt, "startedAt", m.startedAt, "endedAt", m.endedAt,
                        "held", m.held, "chair", personal(m.chair), "minuteTaker", personal(m.minuteTaker),
                        "membersTotal", m.membersTotal, "present", m.present, "excused", m.excused,
                        "unexcused", m.unexcused, "exempt", m.exempt,
                        "attendance", personal(lines(m.attendance, a -> a.memberId() + " " + a.status()
                                + (a.reason() == null ? "" : " (" + a.reason() + ")"))),
                        "guests", personal(m.guests),
                        "opinions", personal(lines(m.opinions, o -> o.speaker() + " " + opinion(o)),
                                lines(m.opinions, MeetingHistoryResource::opinion)),
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
                        "conclusionNoticeNumber", m.reviewNoticeNumber, "externalId", m.externalId),
                page));
    }

    /** An opinion's line without its speaker: "[AREA]: summary". */
    private static String opinion(Meeting.Opinion o) {
        return "[" + o.area() + "]: " + (o.summary() == null ? "" : o.summary());
    }

    /** A list of records as lines of text, for the history's field values. */
    static <T> List<String> lines(List<T> items, Function<T, String> line) {
        return items == null ? null : items.stream().map(line).toList();
    }
}
