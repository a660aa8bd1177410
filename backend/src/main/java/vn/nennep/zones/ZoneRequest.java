package vn.nennep.zones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Body of POST and PUT /zones: the zone's grassroots committees are listed here, not on the organizations. */
public record ZoneRequest(
        @NotBlank @Size(max = 255) String name,
        @NotNull UUID districtId,
        @Size(max = 255) String headName,
        @Size(max = 200) List<@NotNull UUID> organizationIds,
        @Size(max = 100) String externalId) {
}
