package vn.nennep.changes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One create, update or delete in the change feed: {@code seq} is its place in commit order, {@code href} the
 * resource's own address ({@code GET} it to read the current state; a deleted one answers 404).
 */
public record Change(long seq, String resource, UUID id, Operation operation, OffsetDateTime at, String href) {

    public enum Operation {
        CREATE, UPDATE, DELETE
    }
}
