package vn.nennep.reviews;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Tuple;

/** Remarks made after study sessions, by kind (named as the remarks' {@code kind}). */
public record RemarkCounts(@JsonProperty("LATE") long late,
        @JsonProperty("INCOMPLETE_ATTENDANCE") long incompleteAttendance,
        @JsonProperty("NOT_SERIOUS") long notSerious,
        @JsonProperty("ABSENT_WITHOUT_LEAVE") long absentWithoutLeave,
        @JsonProperty("PRAISED") long praised) {

    static final RemarkCounts NONE = new RemarkCounts(0, 0, 0, 0, 0);

    /** From the columns {@code late, incomplete, not_serious, absent, praised} of a row. */
    static RemarkCounts of(Tuple row) {
        return new RemarkCounts(Rows.count(row, "late"), Rows.count(row, "incomplete"),
                Rows.count(row, "not_serious"), Rows.count(row, "absent"), Rows.count(row, "praised"));
    }

    RemarkCounts plus(RemarkCounts other) {
        return new RemarkCounts(late + other.late, incompleteAttendance + other.incompleteAttendance,
                notSerious + other.notSerious, absentWithoutLeave + other.absentWithoutLeave, praised + other.praised);
    }
}
