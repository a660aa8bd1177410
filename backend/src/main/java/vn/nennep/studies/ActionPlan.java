package vn.nennep.studies;

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

/**
 * A grassroots organization's action plan (kế hoạch hành động) for a document it studies, asked for by a study plan:
 * due by a date, submitted with its own KH number, accepted or returned by the office above.
 */
@Entity
@Table(name = "action_plans")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class ActionPlan extends AuditedEntity {

    @Column(name = "study_plan_id")
    public UUID studyPlanId;

    /** The document, the study plan's (kept here so that one organization has one action plan per document). */
    @Column(name = "resolution_id")
    public UUID resolutionId;

    /** The grassroots organization whose plan it is. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ActionPlanStatus status;

    /** The submitted plan's number ("12-KH/ĐU"); kept when returned, replaced when resubmitted. */
    @Column(name = "document_number")
    public String documentNumber;

    public String title;

    /** The first submission: it decides whether the plan came on time. */
    @Column(name = "first_submitted_on")
    public LocalDate firstSubmittedOn;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Column(name = "return_reason")
    public String returnReason;

    /** Still owed (PENDING or RETURNED) and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status.isOwed() && today.isAfter(dueOn);
    }

    /** Whether the first submission came after the due date; null when never submitted. */
    public Boolean submittedLate() {
        return firstSubmittedOn == null ? null : firstSubmittedOn.isAfter(dueOn);
    }
}
