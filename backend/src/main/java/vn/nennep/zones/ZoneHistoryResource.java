package vn.nennep.zones;

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
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;
import vn.nennep.organizations.Organization;

/** A zone's audit trail, newest first: {@code /zones/{id}/history}, its committees included. */
@Path("/api/v1/zones/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ZoneHistoryResource {

    private final ZoneService zones;
    private final HistoryService history;

    public ZoneHistoryResource(ZoneService zones, HistoryService history) {
        this.zones = zones;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID zoneId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-khu-cum", paging,
                page -> history.page(Zone.class, zoneId, () -> zones.get(zoneId),
                (zone, revision) -> state("name", zone.name, "districtId", zone.districtId,
                        "headName", personal(zone.headName), "externalId", zone.externalId,
                        "organizationIds", history.idsAt(Organization.class, o -> o.id, "zoneId", zone.id, revision)),
                page));
    }
}
