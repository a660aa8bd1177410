package vn.nennep.meetings;

/** Xếp loại chất lượng buổi sinh hoạt: tốt, khá, trung bình, kém. */
public enum ScoreBand {
    GOOD, FAIR, AVERAGE, POOR
}
