package vn.nennep.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;

/** Accounts, managed by system administrators. A role needs an organization of a fitting type. */
@ApplicationScoped
public class UserService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "username", "username", "fullName", "fullName", "role", "role", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "username";

    private final Access access;

    public UserService(Access access) {
        this.access = access;
    }

    public PageResponse<UserResponse> list(UserFilter.Query filter, PageQuery page) {
        access.requireAdmin();
        Where where = new Where()
                .and("role = :role", "role", filter.role())
                .and("organizationId = :organizationId", "organizationId", filter.organizationId())
                .updatedSince(filter.updatedSince())
                .search("username || ' ' || fullName", filter.q());
        var query = User.<User>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(UserResponse::of);
    }

    public UserResponse get(UUID id) {
        access.requireAdmin();
        return UserResponse.of(find(id));
    }

    @Transactional
    public UserResponse create(UserRequest request) {
        access.requireAdmin();
        if (request.password() == null) {
            throw new Unprocessable("password", "user.password.required");
        }
        User user = new User();
        assign(user, request);
        user.persistAndFlush();
        return UserResponse.of(user);
    }

    @Transactional
    public UserResponse update(UUID id, IfMatch ifMatch, UserRequest request) {
        access.requireAdmin();
        User user = find(id);
        ifMatch.check(user.version);
        assign(user, request);
        if (request.password() != null || !user.active) {
            RefreshToken.update("usedAt = ?1 where userId = ?2 and usedAt is null", Time.now(), user.id);
        }
        User.flush();
        return UserResponse.of(user);
    }

    private User find(UUID id) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFound("resource.user", id);
        }
        return user;
    }

    private void assign(User user, UserRequest request) {
        String username = request.username().trim();
        if (User.count("lower(username) = lower(?1) and id <> ?2", username, user.id) > 0) {
            throw Conflict.duplicate("username", "user.username.taken", username);
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && User.count("externalId = ?1 and id <> ?2", externalId, user.id) > 0) {
            throw Conflict.duplicate("externalId", "user.externalId.taken", externalId);
        }
        checkOrganization(request.role(), request.organizationId());
        user.username = username;
        user.fullName = request.fullName().trim();
        user.role = request.role();
        user.organizationId = request.organizationId();
        user.active = request.active() == null || request.active();
        user.externalId = externalId;
        if (request.password() != null) {
            user.passwordHash = Passwords.hash(request.password());
        }
    }

    /** Each role belongs to an organization of a fitting type (a branch secretary to a BRANCH, ...). */
    static void checkOrganization(Role role, UUID organizationId) {
        if (organizationId == null) {
            if (!role.organizationTypes().isEmpty()) {
                throw new Unprocessable("organizationId", "user.organization.required", role);
            }
            return;
        }
        Organization org = Organization.findById(organizationId);
        if (org == null) {
            throw new Unprocessable("organizationId", "user.organization.notFound", organizationId);
        }
        if (!role.organizationTypes().isEmpty() && !role.organizationTypes().contains(org.type)) {
            throw new Unprocessable("organizationId", "user.organization.wrongType", role, org.type);
        }
    }
}
