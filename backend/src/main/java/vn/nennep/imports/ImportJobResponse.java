package vn.nennep.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** GET /imports/{jobId}: progress while RUNNING, the result when SUCCEEDED, the problem when FAILED (else absent). */
public record ImportJobResponse(UUID jobId, String resource, String status, long rowsDone, Long rowsTotal,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode result,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode problem) {
}
