package vn.nennep.organizations;

import java.util.Set;

/** The levels of the party tree, plus the departments that answer recommendations. */
public enum OrganizationType {
    PROVINCE, DISTRICT, GRASSROOTS, BRANCH, DEPARTMENT;

    /** Which types an organization of this type may sit under. */
    public Set<OrganizationType> allowedParents() {
        return switch (this) {
            case PROVINCE -> Set.of();
            case DISTRICT -> Set.of(PROVINCE);
            case GRASSROOTS -> Set.of(DISTRICT);
            case BRANCH -> Set.of(GRASSROOTS);
            case DEPARTMENT -> Set.of(PROVINCE, DISTRICT);
        };
    }

    /** A district may be the root of a one-district installation; grassroots, branches and departments never are. */
    public boolean needsParent() {
        return this == GRASSROOTS || this == BRANCH || this == DEPARTMENT;
    }
}
