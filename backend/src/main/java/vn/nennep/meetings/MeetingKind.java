package vn.nennep.meetings;

/**
 * The kinds of branch meeting (sinh hoạt chi bộ thường kỳ / chuyên đề / đột xuất) a target may be limited to. The
 * meeting records of issue 04 use the same values.
 */
public enum MeetingKind {
    REGULAR, THEMATIC, EXTRAORDINARY
}
