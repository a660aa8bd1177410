package vn.nennep.inspections;

/** Where a remedy stands: still open, done (on a date), or waived (for a reason). */
public enum RemedyStatus {
    OPEN, DONE, WAIVED
}
