package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.organizations.Organization;

/**
 * Who records study sessions and their remarks: the district office (the propaganda department is part of it) and
 * system administrators for any organization of their subtree; a grassroots organization's office for the sessions
 * its own organization holds. Everyone reads what is anchored above, at or below its organization.
 */
@ApplicationScoped
class SessionAccess {

    private final Access access;

    SessionAccess(Access access) {
        this.access = access;
    }

    /** 403 unless the caller may record the sessions (and their remarks) held by {@code holder}. */
    void requireWrite(Organization holder) {
        if (access.isActingFor(holder, Role.GRASSROOTS_OFFICER)) {
            return;
        }
        access.requireOfficeOf(holder, Role.DISTRICT_OFFICE);
    }

    void requireRead(Organization anchor) {
        access.requireSeeAnchoredAt(anchor);
    }

    boolean canRead(Organization anchor) {
        return access.canSeeAnchoredAt(anchor);
    }

    /** The path prefix lists stay within (null: everything). */
    String readPrefix() {
        return access.readPrefix();
    }
}
