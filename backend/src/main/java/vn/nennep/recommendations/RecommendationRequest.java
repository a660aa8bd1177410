package vn.nennep.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Body of POST /recommendations. {@code dueOn} defaults to the briefing's date plus the field's default period
 * ({@code /recommendation-fields}). The status is not part of it: a new recommendation is RAISED, and moves on only
 * through its thread.
 */
public record RecommendationRequest(
        @NotNull UUID briefingId,
        @NotNull UUID raisedById,
        @NotNull UUID addresseeId,
        @NotNull RecommendationField field,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 10000) String content,
        LocalDate dueOn,
        @Size(max = 100) String externalId) {
}
