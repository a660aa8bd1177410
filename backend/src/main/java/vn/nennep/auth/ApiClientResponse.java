package vn.nennep.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A machine client. {@code apiKey} is present once, in the answer to its creation; it cannot be read again. */
public record ApiClientResponse(UUID id, String externalId, String name, UUID organizationId, List<String> scopes,
        String keyPrefix, OffsetDateTime revokedAt, OffsetDateTime lastUsedAt, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String apiKey) {

    static ApiClientResponse of(ApiClient c, String apiKey) {
        return new ApiClientResponse(c.id, c.externalId, c.name, c.organizationId,
                List.of(c.scopes.split(" ")), c.keyPrefix, c.revokedAt, c.lastUsedAt, c.version, c.createdAt,
                c.updatedAt, apiKey);
    }
}
