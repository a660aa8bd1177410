package vn.nennep.studies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Body of POST /action-plans: one more grassroots organization asked for its action plan under a study plan. */
public record ActionPlanRequest(
        @NotNull UUID studyPlanId,
        @NotNull UUID organizationId,
        LocalDate dueOn,
        @Size(max = 500) String title,
        @Size(max = 100) String externalId) {
}
