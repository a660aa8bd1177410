package vn.nennep.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Body of POST and PUT /users. The password is required on creation; on PUT, set it only to reset it. */
public record UserRequest(
        @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = "[a-z0-9._-]*", message = "{nennep.username.pattern}") String username,
        @NotBlank @Size(max = 255) String fullName,
        @NotNull Role role,
        UUID organizationId,
        @Size(min = 10, max = 200) String password,
        Boolean active,
        @Size(max = 100) String externalId) {
}
