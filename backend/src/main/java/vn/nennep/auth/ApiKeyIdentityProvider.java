package vn.nennep.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import vn.nennep.common.Time;

/** Checks an API key against the stored hash and makes a machine identity with the client's scopes and subtree. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    /** Last-used time is written at most this often per client, not on every request. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.key()));
    }

    private SecurityIdentity verify(String key) {
        String prefix = prefixOf(key);
        ApiClient client = prefix == null ? null : QuarkusTransaction.requiringNew().call(() -> {
            ApiClient found = ApiClient.find("keyPrefix", prefix).firstResult();
            if (found == null || found.revokedAt != null || !Secrets.sameHash(found.keyHash, Secrets.sha256(key))) {
                return null;
            }
            OffsetDateTime now = Time.now();
            if (found.lastUsedAt == null || found.lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)) {
                ApiClient.update("lastUsedAt = ?1 where id = ?2", now, found.id);
            }
            return found;
        });
        if (client == null) {
            throw new AuthenticationFailedException("invalid API key");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(client.name))
                .addRole("MACHINE")
                .addAttribute(Caller.ACTOR_ID, client.id)
                .addAttribute(Caller.ACTOR_KIND, "MACHINE")
                .addAttribute(Caller.ORGANIZATION_ID, client.organizationId)
                .addAttribute(Caller.SCOPES, Set.of(client.scopes.split(" ")))
                .build();
    }

    /** {@code nnk_<prefix>_<secret>} -> prefix, or null when the key is not of that shape. */
    static String prefixOf(String key) {
        if (!key.startsWith(ApiClientService.KEY_START)) {
            return null;
        }
        int end = key.indexOf('_', ApiClientService.KEY_START.length());
        return end < 0 ? null : key.substring(ApiClientService.KEY_START.length(), end);
    }
}
