package vn.nennep.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** GET /imports/{jobId}: progress while RUNNING, the result when SUCCEEDED, the problem when FAILED. */
public record ImportJobResponse(UUID jobId, String resource, String status, long rowsDone, Long rowsTotal,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, JsonNode result, JsonNode problem) {
}
