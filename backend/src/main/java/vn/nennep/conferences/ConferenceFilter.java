package vn.nennep.conferences;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /conferences as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class ConferenceFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("organizerId")
    public String organizerId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("kind")
    public String kind;
    @QueryParam("status")
    public String status;
    @QueryParam("heldFrom")
    public String heldFrom;
    @QueryParam("heldTo")
    public String heldTo;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, UUID withinId, UUID organizerId, ConferenceKind kind, ConferenceStatus status,
            LocalDate heldFrom, LocalDate heldTo, String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.uuid("withinId", withinId), Params.uuid("organizerId", organizerId),
                Params.enumValue("kind", kind, ConferenceKind.class),
                Params.enumValue("status", status, ConferenceStatus.class), Params.date("heldFrom", heldFrom),
                Params.date("heldTo", heldTo), externalId, Params.instant("updatedSince", paging.updatedSince));
    }
}
