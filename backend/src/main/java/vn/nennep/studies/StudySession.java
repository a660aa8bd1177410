package vn.nennep.studies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
 * A session where a document is studied under a study plan (hội nghị học tập, quán triệt): who holds it and for whom,
 * how (in a hall, through bridge points, both, by radio), and how many were expected and came. The totals and the
 * participation rate are derived on write ({@link SessionRules}) and stored for the reports.
 */
@Entity
@Table(name = "study_sessions")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class StudySession extends AuditedEntity {

    @Column(name = "study_plan_id")
    public UUID studyPlanId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "organizer_kind")
    public SessionOrganizerKind organizerKind;

    @Column(name = "organizer_name")
    public String organizerName;

    @Enumerated(EnumType.STRING)
    public StudyPlanAudience audience;

    @Enumerated(EnumType.STRING)
    public SessionFormat format;

    public String title;

    /** The hall. */
    public String place;

    @Column(name = "presenter_name")
    public String presenterName;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "in_person_expected")
    public Integer inPersonExpected;

    @Column(name = "in_person_attended")
    public Integer inPersonAttended;

    /** The bridge points, a JSON array on the session. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "bridge_points")
    public List<BridgePoint> bridgePoints = new ArrayList<>();

    @Column(name = "expected_total")
    public int expectedTotal;

    @Column(name = "attended_total")
    public int attendedTotal;

    @Column(name = "participation_rate")
    public BigDecimal participationRate;

    /** Title, organizer's name and place folded ({@link Text#fold}): what q= searches. Not audited. */
    @NotAudited
    @Column(name = "search_text")
    public String searchText;

    /** One bridge point (điểm cầu): the place, the organization hosting it if any, and its counts. */
    public record BridgePoint(String name, UUID hostOrganizationId, Integer expected, Integer attended) {
    }

    /**
     * Derives what a write stores besides the typed fields: the totals and the participation rate from the counts
     * ({@link SessionRules}) and the folded search text; for records written without a request (the demo data).
     */
    public void derive() {
        SessionRules.Figures figures = SessionRules.figures(this);
        expectedTotal = figures.expectedTotal();
        attendedTotal = figures.attendedTotal();
        participationRate = figures.participationRate();
        searchText = searchTextOf(title, organizerName, place);
    }

    static String searchTextOf(String title, String organizerName, String place) {
        return Text.fold(String.join(" ", title == null ? "" : title, organizerName == null ? "" : organizerName,
                place == null ? "" : place));
    }
}
