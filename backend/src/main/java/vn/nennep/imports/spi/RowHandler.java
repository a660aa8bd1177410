package vn.nennep.imports.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** Checks and writes one resource's rows, a chunk at a time, inside the import's transaction. */
public interface RowHandler {

    /**
     * A data row of the file: its 1-based number and its fields, and what {@link #prepare} made of it (null when the
     * handler prepares nothing).
     */
    final class Row {
        private final long number;
        private final ObjectNode data;
        private Object prepared;

        public Row(long number, ObjectNode data) {
            this.number = number;
            this.data = data;
        }

        public long number() {
            return number;
        }

        public ObjectNode data() {
            return data;
        }

        public Object prepared() {
            return prepared;
        }

        public void prepared(Object value) {
            prepared = value;
        }
    }

    /**
     * The work on a chunk that needs neither the database's transaction nor the session (binding, Bean Validation),
     * done on the reading thread ahead of {@link #chunk}; must be safe to run beside it. By default nothing.
     */
    default void prepare(List<Row> rows, Locale locale) {
    }

    void chunk(List<Row> rows, Tally tally);

    /** The row's external id, trimmed; null when it has none. */
    static String externalId(ObjectNode data) {
        var node = data.get("externalId");
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
