package vn.nennep.studies;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A row of {@code POST /imports/action-plans} besides its study plan and organization: the due date and title, and,
 * as the history of a legacy system, the status with what it needs (none: the stored status is kept).
 */
public record ActionPlanImportRow(
        LocalDate dueOn,
        @Size(max = 500) String title,
        ActionPlanStatus status,
        @Size(max = 50) String documentNumber,
        LocalDate firstSubmittedOn,
        LocalDate submittedOn,
        LocalDate reviewedOn,
        @Size(max = 2000) String returnReason,
        @Size(max = 100) String externalId) {
}
