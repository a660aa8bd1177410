package vn.nennep.meetings;

/**
 * The quality band of a scored meeting (DOMAIN §3): GOOD at 90 or more with full marks on the key criteria
 * (attendance, duration, participation, minutes); FAIR 70–89, or 90 and more without those full marks; AVERAGE 50–69;
 * POOR below 50.
 */
public final class ScoreBands {

    private ScoreBands() {
    }

    public static ScoreBand band(int total, boolean fullMarksOnKeyCriteria) {
        if (total >= 90 && fullMarksOnKeyCriteria) {
            return ScoreBand.GOOD;
        }
        if (total >= 70) {
            return ScoreBand.FAIR;
        }
        if (total >= 50) {
            return ScoreBand.AVERAGE;
        }
        return ScoreBand.POOR;
    }
}
