package vn.nennep.conferences;

/** THEMATIC (hội nghị chuyên đề), SEMINAR (tọa đàm), CONTEST (hội thi). */
public enum ConferenceKind {
    THEMATIC, SEMINAR, CONTEST
}
