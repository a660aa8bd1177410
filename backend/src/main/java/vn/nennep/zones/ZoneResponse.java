package vn.nennep.zones;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.PersonalData;

public record ZoneResponse(UUID id, String externalId, String name, UUID districtId, @PersonalData String headName,
        List<UUID> organizationIds, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ZoneResponse of(Zone zone, List<UUID> organizationIds) {
        return new ZoneResponse(zone.id, zone.externalId, zone.name, zone.districtId, zone.headName, organizationIds,
                zone.version, zone.createdAt, zone.updatedAt);
    }
}
