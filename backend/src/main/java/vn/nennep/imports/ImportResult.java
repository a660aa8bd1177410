package vn.nennep.imports;

import java.util.List;
import java.util.UUID;

/** The answer to POST /imports/{resource}; also kept as the job's result. */
public record ImportResult(UUID jobId, String resource, boolean dryRun, boolean atomic, boolean committed, long total,
        long created, long updated, long unchanged, long failed, List<ImportError> errors) {

    /**
     * One problem of one data row (1-based); {@code field} null for the row as a whole. {@code column}: the header of
     * the CSV column the field came from, as the file wrote it (null for JSON input or when no column holds it).
     */
    public record ImportError(long row, String field, String column, String message) {

        ImportError(long row, String field, String message) {
            this(row, field, null, message);
        }
    }
}
