package vn.nennep.recommendations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a recommendation's thread: who wrote what, when. Written once, never changed or deleted (the table
 * refuses it too); a correction is a new entry.
 */
@Entity
@Immutable
@Table(name = "recommendation_entries")
public class RecommendationEntry extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    /** 1, 2, 3... within the thread. */
    public int seq;

    @Enumerated(EnumType.STRING)
    public EntryType type;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_organization_id")
    public UUID authorOrganizationId;

    public OffsetDateTime at;

    public String body;

    @Column(name = "document_number")
    public String documentNumber;

    /** FORWARDED: the body it was sent to. */
    @Column(name = "addressee_id")
    public UUID addresseeId;

    /** PUBLISHED: the publication. */
    @Column(name = "publication_id")
    public UUID publicationId;
}
