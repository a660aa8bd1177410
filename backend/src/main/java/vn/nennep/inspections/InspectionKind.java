package vn.nennep.inspections;

/** An inspection (kiểm tra) or a supervision (giám sát) decided by a party committee. */
public enum InspectionKind {
    INSPECTION, SUPERVISION
}
