package vn.nennep.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import vn.nennep.common.AuditedEntity;
import vn.nennep.common.Text;

/**
 * An inspection or a supervision decided by a committee: the organizations it checks, the documents whose carrying
 * out it checks, its team, what it found, the conclusion issued and the remedies asked for, and where it stands.
 * The lists are a handful of items each, stored as JSON arrays on the inspection.
 */
@Entity
@Table(name = "inspections")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Inspection extends AuditedEntity {

    /** The deciding committee. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public InspectionKind kind;

    @Column(name = "plan_number")
    public String planNumber;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "subject_organization_ids")
    public List<UUID> subjectOrganizationIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resolution_ids")
    public List<UUID> resolutionIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TeamMember> team = new ArrayList<>();

    @Column(name = "planned_from")
    public LocalDate plannedFrom;

    @Column(name = "planned_to")
    public LocalDate plannedTo;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    public InspectionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Finding> findings = new ArrayList<>();

    @Column(name = "conclusion_number")
    public String conclusionNumber;

    @Column(name = "conclusion_issued_on")
    public LocalDate conclusionIssuedOn;

    @Column(name = "conclusion_text")
    public String conclusionText;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Remedy> remedies = new ArrayList<>();

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Plan number, title and conclusion number folded: what q= searches, through a trigram index. Not audited. */
    @NotAudited
    @Column(name = "search_text")
    public String searchText = "";

    /** A member of the team named in the decision (a public office-holder). */
    public record TeamMember(String fullName, String position, TeamRole role) {
    }

    /** One finding of the team about one subject. */
    public record Finding(FindingArea area, UUID organizationId, FindingRating rating, String text) {
    }

    /** A shortcoming a subject must remedy after the conclusion, and how far it got. */
    public record Remedy(UUID organizationId, String text, LocalDate dueOn, RemedyStatus status, LocalDate doneOn,
            String waivedReason) {

        /** Still open and past its due date on {@code today}: late from the day after the due date. */
        public boolean overdueOn(LocalDate today) {
            return status == RemedyStatus.OPEN && today.isAfter(dueOn);
        }
    }

    public int openRemedies() {
        return (int) remedies.stream().filter(r -> r.status() == RemedyStatus.OPEN).count();
    }

    public int overdueRemedies(LocalDate today) {
        return (int) remedies.stream().filter(r -> r.overdueOn(today)).count();
    }

    public boolean hasConclusion() {
        return conclusionNumber != null && conclusionIssuedOn != null && conclusionText != null;
    }

    /** What a list's q= is matched against: the plan number, the title and the conclusion's number, folded. */
    public void refreshSearchText() {
        searchText = Text.fold(planNumber + " " + title + " " + (conclusionNumber == null ? "" : conclusionNumber));
    }
}
