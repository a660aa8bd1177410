package vn.nennep.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import vn.nennep.common.NennepConfig;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;
import vn.nennep.common.Time;

/**
 * Access tokens: short-lived JWTs signed with the key pair of {@link SigningKeys}. Refresh tokens: random, stored as
 * a hash, usable once; presenting a spent one revokes every refresh token of that user (it was stolen or replayed).
 */
@ApplicationScoped
public class Tokens {

    public static final String ISSUER = "nennep";

    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    public Tokens(NennepConfig config) {
        this.accessLifetime = config.auth().accessTokenLifetime();
        this.refreshLifetime = config.auth().refreshTokenLifetime();
    }

    /** Issues an access token and a refresh token for {@code user}; call inside a transaction. */
    public TokenResponse issue(User user) {
        String access = Jwt.issuer(ISSUER)
                .subject(user.id.toString())
                .upn(user.username)
                .groups(Set.of(user.role.name()))
                .expiresIn(accessLifetime)
                .sign();
        String refresh = Secrets.random(32);
        RefreshToken stored = new RefreshToken();
        stored.userId = user.id;
        stored.tokenHash = Secrets.sha256(refresh);
        stored.createdAt = Time.now();
        stored.expiresAt = stored.createdAt.plus(refreshLifetime);
        stored.persist();
        return new TokenResponse(access, "Bearer", accessLifetime.toSeconds(), refresh, refreshLifetime.toSeconds(),
                UserResponse.of(user));
    }

    /** The user a refresh token belongs to, spending the token; 401 when unknown, expired or already spent. */
    public User redeem(String refreshToken) {
        RefreshToken stored = RefreshToken.find("tokenHash", Secrets.sha256(refreshToken)).firstResult();
        OffsetDateTime now = Time.now();
        if (stored == null || stored.expiresAt.isBefore(now)) {
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.refresh.invalid");
        }
        if (stored.usedAt != null) {
            RefreshToken.update("usedAt = ?1 where userId = ?2 and usedAt is null", now, stored.userId);
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.refresh.reused");
        }
        stored.usedAt = now;
        User user = User.findById(stored.userId);
        if (user == null || !user.active) {
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.accountDisabled");
        }
        return user;
    }

    /** Spends a refresh token (logout); unknown tokens are ignored. */
    public void revoke(String refreshToken) {
        RefreshToken.update("usedAt = ?1 where tokenHash = ?2 and usedAt is null", Time.now(),
                Secrets.sha256(refreshToken));
    }
}
