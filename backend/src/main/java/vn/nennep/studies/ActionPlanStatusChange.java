package vn.nennep.studies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Body of POST /action-plans/{id}/status: SUBMITTED with the plan's number (and title, date); ACCEPTED; RETURNED with
 * the reason. The review's date defaults to today.
 */
public record ActionPlanStatusChange(
        @NotNull ActionPlanStatus status,
        @Size(max = 50) String documentNumber,
        @Size(max = 500) String title,
        LocalDate submittedOn,
        LocalDate reviewedOn,
        @Size(max = 2000) String reason) {
}
