package vn.nennep.studies;

/** What a remark after a study session says: late, incomplete attendance, not serious, absent without leave, praise. */
public enum RemarkKind {
    LATE, INCOMPLETE_ATTENDANCE, NOT_SERIOUS, ABSENT_WITHOUT_LEAVE, PRAISED
}
