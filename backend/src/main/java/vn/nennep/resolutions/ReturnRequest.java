package vn.nennep.resolutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST .../return: why the report goes back to its organization. */
public record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
}
