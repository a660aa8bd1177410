package vn.nennep.inspections;

/** How a finding rates the subject: good, satisfactory, with shortcomings, with violations. */
public enum FindingRating {
    GOOD, SATISFACTORY, SHORTCOMINGS, VIOLATIONS
}
