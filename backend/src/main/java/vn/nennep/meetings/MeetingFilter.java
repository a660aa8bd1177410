package vn.nennep.meetings;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** The filters of {@code GET /meetings} as sent (text); {@link #parse} reads them, a 400 naming a bad one. */
public class MeetingFilter {
    @QueryParam("branchId")
    public String branchId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("kind")
    public String kind;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("q")
    public String q;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed; each null when not given. */
    public record Query(UUID branchId, UUID withinId, MeetingKind kind, LocalDate from, LocalDate to, String q,
            String externalId, OffsetDateTime updatedSince) {
    }

    /** The filters and the list's {@code updatedSince}, parsed in the order their errors are reported. */
    public Query parse(ListParams paging) {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        UUID branch = Params.uuid("branchId", branchId);
        UUID within = Params.uuid("withinId", withinId);
        MeetingKind meetingKind = Params.enumValue("kind", kind, MeetingKind.class);
        OffsetDateTime since = Params.instant("updatedSince", paging.updatedSince);
        return new Query(branch, within, meetingKind, fromDate, toDate, q, externalId, since);
    }
}
