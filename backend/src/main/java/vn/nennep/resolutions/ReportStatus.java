package vn.nennep.resolutions;

/** An indicator report's life: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with a reason) → edited → SUBMITTED. */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** The reporting office may change it only before it is submitted, or after it came back. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
