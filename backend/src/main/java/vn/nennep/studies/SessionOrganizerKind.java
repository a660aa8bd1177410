package vn.nennep.studies;

/**
 * Who organizes a study session: the standing committee, the propaganda department, a mass organization, a grassroots
 * committee.
 */
public enum SessionOrganizerKind {
    STANDING_COMMITTEE, PROPAGANDA_DEPARTMENT, MASS_ORGANIZATION, GRASSROOTS_COMMITTEE
}
