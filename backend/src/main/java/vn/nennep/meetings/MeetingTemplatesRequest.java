package vn.nennep.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /organizations/{id}/meeting-templates: the organization's own checklist and score sheet; a null part
 * follows the organization above. Distinct steps and codes and a sheet out of 100 are checked by the service.
 */
public record MeetingTemplatesRequest(
        @Size(min = 1, max = 30) List<@NotBlank @Size(max = 500) String> procedure,
        @Size(min = 1, max = 20) List<@NotNull @Valid Criterion> criteria) {

    /** A criterion of the score sheet; {@code key} ones need full marks for GOOD. */
    public record Criterion(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100) Integer max,
            @NotNull Boolean key) {
    }
}
