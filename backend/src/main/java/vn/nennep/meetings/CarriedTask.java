package vn.nennep.meetings;

import java.time.LocalDate;
import java.util.UUID;
import vn.nennep.common.PersonalData;

/** An unfinished task of an earlier meeting, ready to be listed in the next record with {@code carriedFromTaskId}. */
public record CarriedTask(UUID meetingId, UUID carriedFromTaskId, String title, @PersonalData String assigneeName, LocalDate dueOn,
        UUID reportAtMeetingId, Meeting.TaskStatus status) {
}
