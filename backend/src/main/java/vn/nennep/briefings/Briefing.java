package vn.nennep.briefings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A zone's monthly briefing (hội nghị giao ban), held between the 5th and the 10th and hosted by one of the zone's
 * grassroots committees in rotation; who attended. Recommendations are raised at it.
 */
@Entity
@Table(name = "briefings")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Briefing extends AuditedEntity {

    @Column(name = "zone_id")
    public UUID zoneId;

    @Column(name = "host_organization_id")
    public UUID hostOrganizationId;

    /** The first day of the briefing's month. */
    public LocalDate month;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** Who attended; a few dozen rows, stored as a JSON array on the briefing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Attendee> attendees = new ArrayList<>();

    /** One person at the briefing: the zone head, a commune's secretary, a branch secretary... */
    public record Attendee(String fullName, String position, UUID organizationId) {
    }
}
