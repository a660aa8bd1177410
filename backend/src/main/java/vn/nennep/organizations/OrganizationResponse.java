package vn.nennep.organizations;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organization as clients see it. {@code memberCount}: for a branch, its roster's size when it has one, else the
 * declared count; for higher levels, the sum over the branches beneath.
 */
public record OrganizationResponse(UUID id, String externalId, String code, String name, OrganizationType type,
        UUID parentId, UUID zoneId, long memberCount, int rosterCount, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static OrganizationResponse of(Organization o, long memberCount) {
        return new OrganizationResponse(o.id, o.externalId, o.code, o.name, o.type, o.parentId, o.zoneId, memberCount,
                o.rosterCount, o.version, o.createdAt, o.updatedAt);
    }
}
