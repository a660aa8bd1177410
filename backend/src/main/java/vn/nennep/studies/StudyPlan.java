package vn.nennep.studies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import vn.nennep.common.AuditedEntity;
import vn.nennep.common.Text;

/**
 * A committee's plan (kế hoạch, a KH document) for studying one document: who studies it at which level and by when,
 * the presenters, and by when the grassroots organizations in its scope submit their action plans.
 */
@Entity
@Table(name = "study_plans")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class StudyPlan extends AuditedEntity {

    /** The planning committee (a district or grassroots organization). */
    @Column(name = "organization_id")
    public UUID organizationId;

    /** The document studied. */
    @Column(name = "resolution_id")
    public UUID resolutionId;

    /** The plan's own number ("199-KH/HU"). */
    public String number;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String title;

    /** Whose grassroots organizations study it and owe an action plan: the planner or an organization below it. */
    @Column(name = "scope_organization_id")
    public UUID scopeOrganizationId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Level> levels = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Presenter> presenters = new ArrayList<>();

    @Column(name = "action_plans_due_on")
    public LocalDate actionPlansDueOn;

    @Enumerated(EnumType.STRING)
    public StudyPlanStatus status;

    /** Number, title, the document's number and title, folded ({@link Text#fold}): what q= searches. Not audited. */
    @NotAudited
    @Column(name = "search_text")
    public String searchText;

    /** The study sessions held under the plan. */
    @NotAudited
    @Formula("(select count(*) from study_sessions s where s.study_plan_id = id)")
    public int sessionCount;

    /** A level of the study: its audience and the date by which it is to be held. */
    public record Level(StudyPlanAudience audience, LocalDate dueOn) {
    }

    /** A presenter (báo cáo viên) named in the plan: a public office-holder. */
    public record Presenter(String fullName, String position) {
    }
}
