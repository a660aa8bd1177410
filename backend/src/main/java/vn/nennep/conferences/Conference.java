package vn.nennep.conferences;

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
import org.hibernate.type.SqlTypes;
import vn.nennep.common.AuditedEntity;

/**
 * A thematic conference, seminar or contest held by a district or grassroots committee on one hard issue: its field
 * survey beforehand, where it was held and how many took part and spoke, and where it stands in its lifecycle.
 */
@Entity
@Table(name = "conferences")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Conference extends AuditedEntity {

    @Column(name = "organizer_id")
    public UUID organizerId;

    @Enumerated(EnumType.STRING)
    public ConferenceKind kind;

    public String title;

    /** The hard issue (việc khó, điểm nghẽn) the conference is about. */
    public String problem;

    @Enumerated(EnumType.STRING)
    public ConferenceStatus status;

    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "survey_achievements")
    public String surveyAchievements;

    @Column(name = "survey_limitations")
    public String surveyLimitations;

    @Column(name = "survey_causes")
    public String surveyCauses;

    /** Where it was held; a handful of rows, stored as a JSON array on the conference. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Site> sites = new ArrayList<>();

    /** One place the conference was held (a hall, a bridge point, a commune), with its own counts. */
    public record Site(String name, int participants, int opinions) {
    }

    public long participantCount() {
        return sites.stream().mapToLong(Site::participants).sum();
    }

    public long opinionCount() {
        return sites.stream().mapToLong(Site::opinions).sum();
    }

    public boolean hasSurvey() {
        return surveyAchievements != null || surveyLimitations != null;
    }
}
