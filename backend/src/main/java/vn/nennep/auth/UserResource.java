package vn.nennep.auth;

import static vn.nennep.audit.HistoryDiff.personal;
import static vn.nennep.audit.HistoryDiff.state;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Accounts: system administrators only. An account is disabled (active: false), not deleted. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserResource {

    private final UserService users;
    private final HistoryService history;

    public UserResource(UserService users, HistoryService history) {
        this.users = users;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam UserFilter filter, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, UserResponse.class, "tai-khoan", paging, p -> {
            PageQuery page = PageQuery.parse(p, UserService.SORTABLE, UserService.DEFAULT_SORT);
            return users.list(filter.parse(p), page);
        });
    }

    @POST
    public Response create(@Valid @NotNull UserRequest request) {
        UserResponse created = users.create(request);
        return Response.created(URI.create("/api/v1/users/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        UserResponse user = users.get(Params.id("id", id));
        return Response.ok(user).tag(Versions.etag(user.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch, @Valid @NotNull UserRequest request) {
        UserResponse user = users.update(Params.id("id", id), ifMatch, request);
        return Response.ok(user).tag(Versions.etag(user.version())).build();
    }

    /**
     * An account's audit trail, newest first (the password hash is never part of it): a page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID userId = Params.id("id", id);
        return history.answer("lich-su-tai-khoan", headers, paging, User.class, userId, () -> users.get(userId),
                (user, revision) -> state("username", user.username, "fullName", personal(user.fullName),
                        "role", user.role, "organizationId", user.organizationId, "active", user.active,
                        "externalId", user.externalId));
    }
}
