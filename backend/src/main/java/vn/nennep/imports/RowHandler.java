package vn.nennep.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** Checks and writes one resource's rows, a chunk at a time, inside the import's transaction. */
interface RowHandler {

    /**
     * A data row of the file: its 1-based number and its fields, and what {@link #prepare} made of it (null when the
     * handler prepares nothing).
     */
    final class Row {
        private final long number;
        private final ObjectNode data;
        private Object prepared;

        Row(long number, ObjectNode data) {
            this.number = number;
            this.data = data;
        }

        long number() {
            return number;
        }

        ObjectNode data() {
            return data;
        }

        Object prepared() {
            return prepared;
        }

        void prepared(Object value) {
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

    static String externalId(ObjectNode data) {
        var node = data.get("externalId");
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
