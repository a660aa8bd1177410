package vn.nennep.evaluation;

import java.util.List;
import java.util.UUID;
import vn.nennep.common.PersonalData;

/**
 * A meeting's verdict on the attendance rule; {@code membersExcusedMoreThan3InARow} (member ids) only for callers who
 * may read names, the count for everyone.
 */
public record AttendanceRule(UUID meetingId, int unexcusedAbsences,
        @PersonalData List<UUID> membersExcusedMoreThan3InARow, int membersExcusedMoreThan3InARowCount,
        boolean passed) {
}
