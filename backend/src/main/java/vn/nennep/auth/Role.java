package vn.nennep.auth;

import java.util.Set;
import vn.nennep.organizations.OrganizationType;

/** A user's one role. What each may see and change is decided in {@link Access}. */
public enum Role {
    /** Everything, including users and machine clients. */
    SYSTEM_ADMIN,
    /** Reads and writes everything in its district's subtree. */
    DISTRICT_OFFICE,
    /** Its commune or agency and its branches. */
    GRASSROOTS_OFFICER,
    /** Its own branch: meetings, roster, recommendations. */
    BRANCH_SECRETARY,
    /** A department's account: the recommendations addressed to it. */
    RESPONDER,
    /** Reads its subtree; writes only the inspections and supervisions decided within it. */
    INSPECTOR;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String ADMIN = "SYSTEM_ADMIN";
    public static final String OFFICE = "DISTRICT_OFFICE";
    public static final String GRASSROOTS = "GRASSROOTS_OFFICER";
    public static final String SECRETARY = "BRANCH_SECRETARY";
    public static final String ANSWERING = "RESPONDER";
    /** Inspectors record inspections and supervisions within their subtree (and write nothing else). */
    public static final String INSPECTING = "INSPECTOR";

    /** The organization types a user of this role may belong to; empty means "no organization needed". */
    public Set<OrganizationType> organizationTypes() {
        return switch (this) {
            case SYSTEM_ADMIN -> Set.of();
            case DISTRICT_OFFICE -> Set.of(OrganizationType.DISTRICT);
            case GRASSROOTS_OFFICER -> Set.of(OrganizationType.GRASSROOTS);
            case BRANCH_SECRETARY -> Set.of(OrganizationType.BRANCH);
            case RESPONDER -> Set.of(OrganizationType.DEPARTMENT);
            case INSPECTOR -> Set.of(OrganizationType.PROVINCE, OrganizationType.DISTRICT, OrganizationType.GRASSROOTS);
        };
    }
}
