package vn.nennep.changes;

import java.util.List;

/**
 * A page of the change feed; {@code next} is the {@code after} for the following call: the last item's seq when the
 * page is full, otherwise the highest number given so far (past changes the caller may not see), never less than the
 * request's {@code after}.
 */
public record ChangePage(List<Change> items, long next) {
}
