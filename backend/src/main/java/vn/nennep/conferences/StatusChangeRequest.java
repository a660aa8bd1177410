package vn.nennep.conferences;

import jakarta.validation.constraints.NotNull;

/** Body of POST /conferences/{id}/status: the status to move to. */
public record StatusChangeRequest(@NotNull ConferenceStatus status) {
}
