package vn.nennep.auth;

import static vn.nennep.audit.HistoryDiff.state;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Params;

/** A machine client's audit trail, newest first: system administrators only; the key's hash is never part of it. */
@Path("/api/v1/api-clients/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ApiClientHistoryResource {

    private final ApiClientService clients;
    private final HistoryService history;

    public ApiClientHistoryResource(ApiClientService clients, HistoryService history) {
        this.clients = clients;
        this.history = history;
    }

    @GET
    public PageResponse<HistoryEntry> history(@PathParam("id") String id, @BeanParam ListParams paging) {
        UUID clientId = Params.id("id", id);
        return history.page(ApiClient.class, clientId, () -> clients.get(clientId),
                (client, revision) -> state("name", client.name, "organizationId", client.organizationId,
                        "scopes", client.scopes, "keyPrefix", client.keyPrefix, "revokedAt", client.revokedAt,
                        "externalId", client.externalId),
                paging);
    }
}
