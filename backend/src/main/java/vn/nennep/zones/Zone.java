package vn.nennep.zones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import vn.nennep.common.AuditedEntity;

/** A named group of a district's grassroots committees (khu, cụm) that meets in a monthly briefing. */
@Entity
@Table(name = "zones")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Zone extends AuditedEntity {

    public String name;

    @Column(name = "district_id")
    public UUID districtId;

    @Column(name = "head_name")
    public String headName;
}
