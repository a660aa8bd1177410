package vn.nennep.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.nennep.common.AuditedEntity;

/** A node of the party tree: province, district, grassroots committee, branch, or a department. */
@Entity
@Table(name = "organizations")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Organization extends AuditedEntity {

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Ids from the root down to this node, {@code /<root>/.../<id>/}; a subtree is a prefix. Derived, not audited. */
    @NotAudited
    public String path;

    @Column(name = "zone_id")
    public UUID zoneId;

    @Column(name = "declared_member_count")
    public Integer declaredMemberCount;

    @Column(name = "roster_count")
    public int rosterCount;

    /** The organizations of {@code ids} (duplicates and unknown ids allowed), read in one query, by id. */
    public static Map<UUID, Organization> byId(Collection<UUID> ids) {
        Map<UUID, Organization> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Organization.<Organization>list("id in ?1", ids.stream().distinct().toList())
                    .forEach(o -> found.put(o.id, o));
        }
        return found;
    }

    /** Whether {@code other} is this node or one of its descendants. */
    public boolean contains(Organization other) {
        return other.path.startsWith(path);
    }
}
