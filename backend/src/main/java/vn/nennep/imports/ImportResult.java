package vn.nennep.imports;

import java.util.List;
import java.util.UUID;

/** The answer to POST /imports/{resource}; also kept as the job's result. */
public record ImportResult(UUID jobId, String resource, boolean dryRun, boolean atomic, boolean committed, long total,
        long created, long updated, long unchanged, long failed, List<ImportError> errors) {

    /** One problem of one data row (1-based); {@code field} null for the row as a whole. */
    public record ImportError(long row, String field, String message) {
    }
}
