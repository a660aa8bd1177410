package vn.nennep.briefings;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of GET /briefings as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class BriefingFilter {
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("districtId")
    public String districtId;
    @QueryParam("hostOrganizationId")
    public String hostOrganizationId;
    @QueryParam("year")
    public String year;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(Integer year, UUID zoneId, UUID districtId, UUID hostOrganizationId, LocalDate from,
            LocalDate to, String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        Integer parsedYear = year == null || year.isBlank() ? null : Params.integer("year", year, 0, 1930, 9999);
        return new Query(parsedYear, Params.uuid("zoneId", zoneId), Params.uuid("districtId", districtId),
                Params.uuid("hostOrganizationId", hostOrganizationId), Params.date("from", from),
                Params.date("to", to), externalId, Params.instant("updatedSince", paging.updatedSince));
    }
}
