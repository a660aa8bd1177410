package vn.nennep.studies;

/** Who studies the document at a session: key cadres, reporters and commentators, mass organizations, all members. */
public enum SessionAudience {
    KEY_CADRES, REPORTERS_COMMENTATORS, MASS_ORGANIZATION_MEMBERS, ALL_MEMBERS
}
