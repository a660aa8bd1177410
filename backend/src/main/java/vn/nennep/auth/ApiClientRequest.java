package vn.nennep.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** Body of POST and PUT /api-clients: scopes among read, import, personal-data. */
public record ApiClientRequest(
        @NotBlank @Size(max = 255) String name,
        @NotNull UUID organizationId,
        @NotEmpty Set<@NotNull ApiScope> scopes,
        @Size(max = 100) String externalId) {
}
