package vn.nennep.resolutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import vn.nennep.common.AuditedEntity;
import vn.nennep.meetings.MeetingKind;

/**
 * A measurable target of a resolution (chỉ tiêu): a metric compared with a threshold, or with tiers by branch size,
 * possibly limited to one kind of meeting or one theme.
 */
@Entity
@Table(name = "targets")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Target extends AuditedEntity {

    @Column(name = "resolution_id")
    public UUID resolutionId;

    public String title;

    @Enumerated(EnumType.STRING)
    public Metric metric;

    @Enumerated(EnumType.STRING)
    public Comparison comparator;

    public BigDecimal threshold;

    /** Stored as a JSON array of {minMembers, maxMembers, threshold}, sorted by minMembers. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TargetRules.Tier> tiers;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_kind")
    public MeetingKind meetingKind;

    public String theme;

    public String unit;

    @Column(name = "combined_threshold")
    public BigDecimal combinedThreshold;

    /** The target as the evaluation rules see it. */
    public TargetRules.Spec spec() {
        return new TargetRules.Spec(id, metric, comparator, threshold, tiers, meetingKind, theme, combinedThreshold);
    }
}
