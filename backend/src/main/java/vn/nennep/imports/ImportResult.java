package vn.nennep.imports;

import java.util.List;
import java.util.UUID;
import vn.nennep.imports.spi.ImportError;

/** The answer to POST /imports/{resource}; also kept as the job's result. */
public record ImportResult(UUID jobId, String resource, boolean dryRun, boolean atomic, boolean committed, long total,
        long created, long updated, long unchanged, long failed, List<ImportError> errors) {
}
