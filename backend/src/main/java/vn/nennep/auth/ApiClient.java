package vn.nennep.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.nennep.common.AuditedEntity;

/** A provincial system's credential: an API key (shown once, stored hashed), scopes and an organization subtree. */
@Entity
@Table(name = "api_clients")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class ApiClient extends AuditedEntity {

    public String name;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** Space-separated scopes, e.g. "read import personal-data". */
    public String scopes;

    /** The key's public part, to find the client; the key itself is only kept as a hash. */
    @Column(name = "key_prefix")
    public String keyPrefix;

    @NotAudited
    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @NotAudited
    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;
}
