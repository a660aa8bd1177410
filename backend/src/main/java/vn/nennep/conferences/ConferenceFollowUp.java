package vn.nennep.conferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import vn.nennep.common.AuditedEntity;

/** A problem that arose after a conference, and the solution found for it. Recorded once, never changed. */
@Entity
@Table(name = "conference_follow_ups")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class ConferenceFollowUp extends AuditedEntity {

    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "recorded_on")
    public LocalDate recordedOn;

    public String problems;

    public String solutions;
}
