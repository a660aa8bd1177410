package vn.nennep.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code /resolutions/{id}/compliance}: the resolution's targets over a subtree (null: all it reaches) and period. */
public record Compliance(UUID resolutionId, UUID organizationId, LocalDate from, LocalDate to,
        List<ComplianceItem> items) {
}
