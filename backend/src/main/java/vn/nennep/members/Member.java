package vn.nennep.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import vn.nennep.common.AuditedEntity;

/** A party member on a branch's roster. Names are personal data; no national id numbers are stored. */
@Entity
@Table(name = "members")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Member extends AuditedEntity {

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    /** Miễn sinh hoạt: not counted when attendance is reckoned. */
    public boolean exempt;

    @Column(name = "exempt_reason")
    public String exemptReason;

    @Column(name = "joined_on")
    public LocalDate joinedOn;
}
