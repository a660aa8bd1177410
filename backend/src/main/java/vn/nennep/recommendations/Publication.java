package vn.nennep.recommendations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.nennep.common.AuditedEntity;

/**
 * The accepted answers of one briefing compiled into a numbered notice (thông báo, a TB document of the district) for
 * the zone heads, and announced at the zone's next briefing. Written once; the document is a {@code Resolution}.
 */
@Entity
@Table(name = "recommendation_publications")
public class Publication extends AuditedEntity {

    @Column(name = "briefing_id")
    public UUID briefingId;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "published_by")
    public UUID publishedBy;
}
