package vn.nennep.inspections;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of POST /inspections/{id}/status: the status to move to and, optionally, the date the move sets. */
public record InspectionStatusRequest(@NotNull InspectionStatus status, @JsonProperty("on") LocalDate on) {
}
