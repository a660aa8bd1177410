package vn.nennep.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as clients see it; never its password hash. */
public record UserResponse(UUID id, String externalId, String username, String fullName, Role role,
        UUID organizationId, boolean active, OffsetDateTime lastLoginAt, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static UserResponse of(User u) {
        return new UserResponse(u.id, u.externalId, u.username, u.fullName, u.role, u.organizationId, u.active,
                u.lastLoginAt, u.version, u.createdAt, u.updatedAt);
    }
}
