package vn.nennep.recommendations;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** The filters of {@code GET /recommendations} as sent (text); {@link #parse} reads them, a 400 naming a bad one. */
public class RecommendationFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("briefingId")
    public String briefingId;
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("raisedById")
    public String raisedById;
    @QueryParam("addresseeId")
    public String addresseeId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("field")
    public String field;
    @QueryParam("status")
    public String status;
    @QueryParam("overdue")
    public String overdue;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed; each null when not given. */
    public record Query(String q, UUID briefingId, UUID zoneId, UUID raisedById, UUID addresseeId, UUID withinId,
            RecommendationField field, RecommendationStatus status, Boolean overdue, LocalDate from, LocalDate to,
            String externalId, OffsetDateTime updatedSince) {
    }

    /** The filters and the list's {@code updatedSince}, parsed in the order their errors are reported. */
    public Query parse(ListParams paging) {
        Boolean isOverdue = Params.bool("overdue", overdue);
        UUID within = Params.uuid("withinId", withinId);
        UUID briefing = Params.uuid("briefingId", briefingId);
        UUID zone = Params.uuid("zoneId", zoneId);
        UUID raisedBy = Params.uuid("raisedById", raisedById);
        UUID addressee = Params.uuid("addresseeId", addresseeId);
        RecommendationField parsedField = Params.enumValue("field", field, RecommendationField.class);
        RecommendationStatus parsedStatus = Params.enumValue("status", status, RecommendationStatus.class);
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        OffsetDateTime since = Params.instant("updatedSince", paging.updatedSince);
        return new Query(q, briefing, zone, raisedBy, addressee, within, parsedField, parsedStatus, isOverdue,
                fromDate, toDate, externalId, since);
    }
}
