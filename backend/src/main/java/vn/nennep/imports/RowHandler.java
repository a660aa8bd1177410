package vn.nennep.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Checks and writes one resource's rows, a chunk at a time, inside the import's transaction. */
interface RowHandler {

    /** A data row of the file: its 1-based number and its fields. */
    record Row(long number, ObjectNode data) {
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
