package vn.nennep.resolutions;

/** What a target measures. The first three are reckoned per meeting, the fourth per branch per quarter. */
public enum Metric {
    /** Present ÷ (members on the roll − exempt) × 100, per meeting. */
    ATTENDANCE_RATE("%"),
    /** Speaking turns (lượt ý kiến) in a meeting; the one metric that may be tiered by the branch's size. */
    OPINION_COUNT("lượt ý kiến"),
    /** Ended − started, in minutes. */
    DURATION_MINUTES("phút"),
    /** Thematic meetings held by a branch in a calendar quarter. */
    THEMATIC_PER_QUARTER("cuộc/quý"),
    /** A value reported by period with evidence (households sorting waste, students admitted). */
    INDICATOR(null);

    /** The unit shown when the target names none; INDICATOR targets must name theirs. */
    public final String defaultUnit;

    Metric(String defaultUnit) {
        this.defaultUnit = defaultUnit;
    }

    /** Evaluated on each meeting record. */
    public boolean perMeeting() {
        return this == ATTENDANCE_RATE || this == OPINION_COUNT || this == DURATION_MINUTES;
    }

    /** Counts and minutes are whole numbers; rates and indicators may have decimals. */
    public boolean wholeNumber() {
        return this == OPINION_COUNT || this == DURATION_MINUTES || this == THEMATIC_PER_QUARTER;
    }
}
