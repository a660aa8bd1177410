package vn.nennep.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction's worth of changes in the audit trail: when, who and from where. The changed rows themselves are
 * in the {@code <table>_aud} tables, keyed by this revision's id.
 */
@Entity
@Table(name = "revisions")
@RevisionEntity(RevisionStamp.class)
public class Revision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    public Instant at;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    /** USER, MACHINE, ANONYMOUS or SYSTEM. */
    @Column(name = "actor_kind", nullable = false)
    public String actorKind;

    public String ip;

    @Column(name = "request_id")
    public String requestId;
}
