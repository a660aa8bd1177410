package vn.nennep.resolutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.nennep.common.AuditedEntity;

/**
 * A resolution or another numbered document of a party committee (17-NQ/HU): who issued it (an organization of the
 * tree, or for a document from above, such as 57-NQ/TW, an issuer named outside it), in which term, the subtree it
 * applies to and when it is in force. Its measurable targets are {@link Target}s.
 */
@Entity
@Table(name = "resolutions")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Resolution extends AuditedEntity {

    /** As written, e.g. {@code 05-NQ/ĐU}; the next three fields are parsed from it. */
    public String number;

    public int sequence;

    @Column(name = "document_type")
    public String documentType;

    @Column(name = "issuer_code")
    public String issuerCode;

    /** The issuing committee when it is an organization of the tree; null for a document from above. */
    @Column(name = "issuer_id")
    public UUID issuerId;

    /** The issuer outside the tree, by name (Bộ Chính trị, Tỉnh ủy Thanh Hóa); null when {@link #issuerId} is set. */
    @Column(name = "issuer_name")
    public String issuerName;

    /** The issuing committee's term, {@code 2020-2025}. */
    public String term;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String title;

    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "scope_organization_id")
    public UUID scopeOrganizationId;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** The last day in force (inclusive); null while in force indefinitely. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /**
     * How many targets it has, counted when it is read (through {@code targets_resolution_idx}): lists filter and sort
     * by it, so that a dashboard picks the resolutions with targets. Derived, not audited.
     */
    @NotAudited
    @Formula("(select count(*) from targets t where t.resolution_id = id)")
    public int targetCount;

    /**
     * The organization whose office keeps it (edits it, its targets, reviews their reports): its issuer, or for a
     * document from above the organization it was registered for, its scope.
     */
    public UUID keeperId() {
        return issuerId != null ? issuerId : scopeOrganizationId;
    }
}
