package vn.nennep.organizations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Body of POST and PUT /organizations. The id, version and timestamps are the server's; zones set zoneId. */
public record OrganizationRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{nennep.code.pattern}") String code,
        @NotBlank @Size(max = 255) String name,
        @NotNull OrganizationType type,
        UUID parentId,
        @Size(max = 100) String externalId,
        @PositiveOrZero @Max(100_000) Integer memberCount) {
}
