package vn.nennep.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.nennep.common.AuditedEntity;

/** A person's account: one role, one organization (none for a system administrator). */
@Entity
@Table(name = "users")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class User extends AuditedEntity {

    public String username;

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** bcrypt, never logged, never returned, never audited. */
    @NotAudited
    @Column(name = "password_hash")
    public String passwordHash;

    public boolean active = true;

    @NotAudited
    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;
}
