package vn.nennep.resolutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import vn.nennep.common.AuditedEntity;

/** A value of an INDICATOR target reported by an organization for a period, with its evidence, and its review. */
@Entity
@Table(name = "indicator_reports")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class IndicatorReport extends AuditedEntity {

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public BigDecimal value;

    public String evidence;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "return_reason")
    public String returnReason;

    /** Returned and not edited since: it must be revised before it is submitted again. */
    @Column(name = "awaiting_revision")
    public boolean awaitingRevision;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public UUID submittedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public UUID reviewedBy;
}
