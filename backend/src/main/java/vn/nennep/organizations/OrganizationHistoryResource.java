package vn.nennep.organizations;

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

/** An organization's audit trail, newest first: {@code /organizations/{id}/history}. */
@Path("/api/v1/organizations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrganizationHistoryResource {

    private final OrganizationService organizations;
    private final HistoryService history;

    public OrganizationHistoryResource(OrganizationService organizations, HistoryService history) {
        this.organizations = organizations;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID orgId = Params.id("id", id);
        // memberCount: the declared count, as clients send it; the computed total is not a stored field.
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-to-chuc", paging,
                page -> history.page(Organization.class, orgId, () -> organizations.get(orgId),
                (org, revision) -> state("code", org.code, "name", org.name, "type", org.type,
                        "parentId", org.parentId, "zoneId", org.zoneId, "externalId", org.externalId,
                        "memberCount", org.declaredMemberCount, "rosterCount", org.rosterCount),
                page));
    }
}
