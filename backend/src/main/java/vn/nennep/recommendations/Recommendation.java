package vn.nennep.recommendations;

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
 * A recommendation (kiến nghị, đề xuất) raised by a branch or grassroots committee at a zone briefing, addressed to a
 * named body (a department or a commune), in one of eight fields, due by a date. Its history is its thread of
 * {@link RecommendationEntry}s; {@code status}, {@code reanswerCount} and {@code entryCount} follow the thread and
 * change only with it. Nothing else of it changes after it is raised, except its addressee when the office forwards it
 * elsewhere.
 */
@Entity
@Table(name = "recommendations")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Recommendation extends AuditedEntity {

    @Column(name = "briefing_id")
    public UUID briefingId;

    @Column(name = "raised_by_id")
    public UUID raisedById;

    @Column(name = "addressee_id")
    public UUID addresseeId;

    @Enumerated(EnumType.STRING)
    public RecommendationField field;

    public String title;

    public String content;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "reanswer_count")
    public int reanswerCount;

    @Column(name = "entry_count")
    public int entryCount;
}
