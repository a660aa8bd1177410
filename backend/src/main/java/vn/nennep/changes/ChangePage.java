package vn.nennep.changes;

import java.util.List;

/** A page of the change feed; {@code next} is the {@code after} for the following call (the last seq, or the same). */
public record ChangePage(List<Change> items, long next) {
}
