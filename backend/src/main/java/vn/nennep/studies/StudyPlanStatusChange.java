package vn.nennep.studies;

import jakarta.validation.constraints.NotNull;

/** Body of POST /study-plans/{id}/status: the status to move to. */
public record StudyPlanStatusChange(@NotNull StudyPlanStatus status) {
}
