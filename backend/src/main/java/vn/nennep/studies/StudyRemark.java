package vn.nennep.studies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import vn.nennep.common.AuditedEntity;

/**
 * A remark made after a study session about a collective (an organization), one of its rostered members, or a person
 * not on a roster: late, incomplete attendance, not serious, absent without leave, or praised.
 */
@Entity
@Table(name = "study_remarks")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class StudyRemark extends AuditedEntity {

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "member_id")
    public UUID memberId;

    /** A person not on a roster, by name: personal data. */
    @Column(name = "person_name")
    public String personName;

    @Enumerated(EnumType.STRING)
    public RemarkKind kind;

    public String text;
}
