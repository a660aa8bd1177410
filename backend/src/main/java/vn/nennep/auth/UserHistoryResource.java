package vn.nennep.auth;

import static vn.nennep.audit.HistoryDiff.personal;
import static vn.nennep.audit.HistoryDiff.state;

import jakarta.annotation.security.RolesAllowed;
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

/** An account's audit trail, newest first: system administrators only; the password hash is never part of it. */
@Path("/api/v1/users/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserHistoryResource {

    private final UserService users;
    private final HistoryService history;

    public UserHistoryResource(UserService users, HistoryService history) {
        this.users = users;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID userId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-tai-khoan", paging,
                page -> history.page(User.class, userId, () -> users.get(userId),
                (user, revision) -> state("username", user.username, "fullName", personal(user.fullName), "role", user.role,
                        "organizationId", user.organizationId, "active", user.active, "externalId", user.externalId),
                page));
    }
}
