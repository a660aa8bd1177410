package vn.nennep.auth;

import jakarta.enterprise.context.ApplicationScoped;
import vn.nennep.common.PersonalDataPolicy;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * Who may see and change what, by role and place in the tree. The services ask here for every read and write,
 * lists included; a refusal is a 403 problem. Machine clients read with scope {@code read} and see member names only
 * with {@code personal-data}.
 */
@ApplicationScoped
public class Access implements PersonalDataPolicy {

    public static final String SCOPE_READ = "read";
    public static final String SCOPE_IMPORT = "import";
    public static final String SCOPE_PERSONAL_DATA = "personal-data";

    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    /**
     * Accounts and machine clients: system administrators only, by the role as stored now (the token's may be stale:
     * a disabled account gets 401, a demoted one 403).
     */
    public void requireAdmin() {
        if (!caller.isAdmin()) {
            throw forbidden("auth.role.forbidden");
        }
    }

    /** The path prefix a list must stay within, or null for "everything". */
    public String readPrefix() {
        if (caller.kind() == Caller.Kind.MACHINE && !caller.hasScope(SCOPE_READ)) {
            throw forbidden("auth.scope.missing", SCOPE_READ);
        }
        return caller.organizationPath();
    }

    public void requireRead(Organization org) {
        String prefix = readPrefix();
        if (prefix != null && !org.path.startsWith(prefix)) {
            throw forbidden("auth.outsideSubtree");
        }
    }

    /**
     * Creating, changing or deleting {@code target} (null when creating) as a child of {@code parent} (null at the
     * root): offices only, strictly inside their own subtree; a grassroots officer only for branches.
     */
    public void requireOrganizationWrite(Organization target, OrganizationType type, Organization parent) {
        if (caller.isAdmin()) {
            return;
        }
        if (importingMachine()) {
            String own = caller.organizationPath();
            if (own != null && (parent == null || !parent.path.startsWith(own)
                    || target != null && (!target.path.startsWith(own) || target.path.equals(own)))) {
                throw forbidden("auth.outsideSubtree");
            }
            return;
        }
        Role role = caller.role();
        boolean office = role == Role.DISTRICT_OFFICE
                || role == Role.GRASSROOTS_OFFICER && type == OrganizationType.BRANCH
                        && (target == null || target.type == OrganizationType.BRANCH);
        if (!office) {
            throw forbidden("auth.role.cannotWrite");
        }
        String own = caller.organizationPath();
        boolean targetInside = target == null || target.path.startsWith(own) && !target.path.equals(own);
        boolean parentInside = parent != null && parent.path.startsWith(own);
        if (!targetInside || !parentInside) {
            throw forbidden("auth.outsideSubtree");
        }
    }

    /** Member names are personal data: the branch, its grassroots committee, the office; machines with the grant. */
    public void requireRosterRead(Organization branch) {
        if (caller.kind() == Caller.Kind.MACHINE) {
            if (!caller.hasScope(SCOPE_PERSONAL_DATA)) {
                throw forbidden("auth.scope.missing", SCOPE_PERSONAL_DATA);
            }
        } else if (caller.role() == Role.INSPECTOR || caller.role() == Role.RESPONDER) {
            throw forbidden("auth.personalData");
        }
        requireRead(branch);
    }

    /**
     * Whether the caller may see personal names (rosters, meeting rolls, speakers, assignees, guests, account holders)
     * within its reach; the other rules still apply. Asked for every response by
     * {@link vn.nennep.common.PersonalDataModule}.
     */
    @Override
    public boolean mayReadNames() {
        if (caller.kind() == Caller.Kind.MACHINE) {
            return caller.hasScope(SCOPE_PERSONAL_DATA);
        }
        return caller.role() != Role.INSPECTOR && caller.role() != Role.RESPONDER;
    }

    public void requireRosterWrite(Organization branch) {
        if (importingMachine()) {
            requireWithinMachine(branch);
            return;
        }
        if (caller.kind() == Caller.Kind.MACHINE || caller.role() == Role.INSPECTOR
                || caller.role() == Role.RESPONDER) {
            throw forbidden("auth.role.cannotWrite");
        }
        requireRead(branch);
    }

    /**
     * Things anchored at an organization that concern its whole subtree (a district's zones, later its conferences and
     * resolutions) are seen by everyone above, at and below the anchor.
     */
    public boolean canSeeAnchoredAt(Organization anchor) {
        String prefix = readPrefix();
        return prefix == null || anchor.path.startsWith(prefix) || prefix.startsWith(anchor.path);
    }

    public void requireSeeAnchoredAt(Organization anchor) {
        if (!canSeeAnchoredAt(anchor)) {
            throw forbidden("auth.outsideSubtree");
        }
    }

    /**
     * Writing what is anchored at {@code anchor}: the office that holds it (a district office or grassroots officer whose
     * subtree contains the anchor, the anchor itself included), restricted to {@code roles}, or a system administrator.
     */
    public void requireOfficeOf(Organization anchor, Role... roles) {
        if (caller.isAdmin()) {
            return;
        }
        if (importingMachine()) {
            requireWithinMachine(anchor);
            return;
        }
        if (caller.kind() != Caller.Kind.USER || !java.util.List.of(roles).contains(caller.role())) {
            throw forbidden("auth.role.cannotWrite");
        }
        requireRead(anchor);
    }

    /**
     * Something between two organizations (a recommendation: raised by one, addressed to another) is seen by whoever
     * sees either side's subtree: its raiser and its addressee, the offices above them, a department's responder.
     */
    public boolean canSeeEither(Organization one, Organization other) {
        String prefix = readPrefix();
        return prefix == null || one.path.startsWith(prefix) || other.path.startsWith(prefix);
    }

    public void requireSeeEither(Organization one, Organization other) {
        if (!canSeeEither(one, other)) {
            throw forbidden("auth.outsideSubtree");
        }
    }

    /**
     * Acting as {@code organization} itself (raising its recommendation, answering what is addressed to it): an account
     * of one of {@code roles} anchored exactly there, or a system administrator. Offices above do not stand in.
     */
    public void requireActingFor(Organization organization, Role... roles) {
        if (caller.isAdmin()) {
            return;
        }
        if (importingMachine()) {
            requireWithinMachine(organization);
            return;
        }
        if (caller.kind() != Caller.Kind.USER || !java.util.List.of(roles).contains(caller.role())) {
            throw forbidden("auth.role.cannotWrite");
        }
        if (!organization.id.equals(caller.organizationId())) {
            throw forbidden("auth.notOwnOrganization", organization.name);
        }
    }

    /** Whether the caller is an account of one of {@code roles} anchored exactly at {@code organization}. */
    public boolean isActingFor(Organization organization, Role... roles) {
        return caller.kind() == Caller.Kind.USER && java.util.List.of(roles).contains(caller.role())
                && organization.id.equals(caller.organizationId());
    }

    /**
     * Bulk import (POST /imports): callers who may write records (not inspectors or responders) and machine clients
     * with the {@code import} scope. Each row is then checked like the single-record endpoint.
     */
    public void requireImport() {
        if (caller.kind() == Caller.Kind.MACHINE) {
            if (!caller.hasScope(SCOPE_IMPORT)) {
                throw forbidden("auth.scope.missing", SCOPE_IMPORT);
            }
            return;
        }
        if (caller.role() == Role.INSPECTOR || caller.role() == Role.RESPONDER) {
            throw forbidden("auth.role.cannotWrite");
        }
    }

    /** A branch's meeting records written by an import: as {@link #requireRosterWrite}; machines with the import scope inside their subtree. */
    /**
     * A machine client with the import grant, inside a bulk import (POST /imports, {@link Caller#startImport}): it
     * writes the records of its organization's subtree (everything when it has none) as an office would, by the
     * same services and rules; outside an import a machine client writes nothing.
     */
    private boolean importingMachine() {
        return caller.kind() == Caller.Kind.MACHINE && caller.importing() && caller.hasScope(SCOPE_IMPORT);
    }

    private void requireWithinMachine(Organization organization) {
        String own = caller.organizationPath();
        if (own != null && !organization.path.startsWith(own)) {
            throw forbidden("auth.outsideSubtree");
        }
    }

    public void requireZoneRead(Organization district) {
        requireSeeAnchoredAt(district);
    }

    public void requireZoneWrite(Organization district) {
        requireOfficeOf(district, Role.DISTRICT_OFFICE);
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(ProblemKind.FORBIDDEN, key, args);
    }
}
