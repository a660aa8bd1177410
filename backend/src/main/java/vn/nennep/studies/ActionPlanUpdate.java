package vn.nennep.studies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of PUT /action-plans/{id}: the due date, the title and the external id; anything else sent is ignored. */
public record ActionPlanUpdate(
        @NotNull LocalDate dueOn,
        @Size(max = 500) String title,
        @Size(max = 100) String externalId) {
}
