package vn.nennep.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One revision of a resource: when, who, from where, and what changed since the revision before. */
public record HistoryEntry(long revision, OffsetDateTime at, Operation operation, Actor actor, String ip,
        String requestId, List<FieldChange> changes) {

    public enum Operation {
        CREATE, UPDATE, DELETE
    }
}
