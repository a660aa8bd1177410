package vn.nennep.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Caller;
import vn.nennep.auth.User;
import vn.nennep.common.Time;

/**
 * Appends an entry to a thread, signed by the caller (its account, name and organization at the time), and moves the
 * recommendation's status, counts and version along with it in the same transaction. The only writer of entries.
 */
@ApplicationScoped
public class ThreadWriter {

    private final Access access;

    public ThreadWriter(Access access) {
        this.access = access;
    }

    RecommendationEntry append(Recommendation recommendation, EntryType type, String body, String documentNumber,
            UUID addresseeId, UUID publicationId) {
        RecommendationEntry entry = new RecommendationEntry();
        entry.recommendationId = recommendation.id;
        entry.seq = ++recommendation.entryCount;
        entry.type = type;
        Caller caller = access.caller();
        if (caller.kind() == Caller.Kind.USER) {
            User user = User.findById(caller.id());
            entry.authorId = user.id;
            entry.authorName = user.fullName;
            entry.authorOrganizationId = user.organizationId;
        }
        entry.at = Time.now();
        entry.body = body;
        entry.documentNumber = documentNumber;
        entry.addresseeId = addresseeId;
        entry.publicationId = publicationId;
        if (type.status() != null) {
            recommendation.status = type.status();
        }
        if (type == EntryType.REANSWER_REQUESTED) {
            recommendation.reanswerCount++;
        }
        if (!recommendation.isPersistent()) {
            // A new recommendation is written with its first entry: one insert, version 0.
            recommendation.persist();
        }
        entry.persist();
        return entry;
    }
}
