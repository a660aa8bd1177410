package vn.nennep.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;

/**
 * An organization's own meeting checklist and score sheet (V14); a null part follows the organization above. The row
 * without an organization is the default. {@code version} is kept by {@link MeetingTemplateService} rather than by
 * JPA: an organization that never set its own templates reads as version 0, and its first PUT creates the row.
 */
@Entity
@Table(name = "meeting_templates")
@Audited
public class MeetingTemplate extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "organization_id")
    public UUID organizationId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> procedure;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CriterionTemplate> criteria;

    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
