package vn.nennep.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Transactions;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/** A branch's roster. The branch's member count follows the roster whenever the roster is not empty. */
@ApplicationScoped
public class MemberService {

    /** The roster's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "fullName", "fullName", "joinedOn", "joinedOn", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "fullName";

    private final Access access;

    public MemberService(Access access) {
        this.access = access;
    }

    /**
     * The branch's roster, after the same checks as {@link #readableBranch}. The resource calls that first, so that an
     * unknown, non-branch or hidden branch answers 404, 422 or 403 before a malformed filter's 400.
     */
    public PageResponse<MemberResponse> list(UUID branchId, MemberFilter.Query filter, PageQuery page) {
        branch(branchId, false);
        Where where = new Where()
                .and("organizationId = :branchId", "branchId", branchId)
                .and("status = :status", "status", filter.status())
                .and("exempt = :exempt", "exempt", filter.exempt())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("fullName", filter.q());
        var query = Member.<Member>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(MemberResponse::of);
    }

    /** Checks that the branch exists (404), is a branch (422) and that the caller may read its roster (403). */
    public void readableBranch(UUID branchId) {
        branch(branchId, false);
    }

    public MemberResponse get(UUID branchId, UUID memberId) {
        return MemberResponse.of(find(branchId, memberId, false));
    }

    /** POST, and a bulk import's new member ({@link Transactions#write}: its own transaction, or the import's). */
    public MemberResponse create(UUID branchId, MemberRequest request) {
        return Transactions.write(() -> {
            branch(branchId, true);
            Member member = new Member();
            member.organizationId = branchId;
            assign(member, request);
            member.persistAndFlush();
            recount(branchId);
            return MemberResponse.of(member);
        });
    }

    /** PUT, and a bulk import's change to a stored member. */
    public MemberResponse update(UUID branchId, UUID memberId, IfMatch ifMatch, MemberRequest request) {
        return Transactions.write(() -> {
            Member member = find(branchId, memberId, true);
            ifMatch.check(member.version);
            assign(member, request);
            Member.flush();
            return MemberResponse.of(member);
        });
    }

    @Transactional
    public void delete(UUID branchId, UUID memberId) {
        find(branchId, memberId, true).delete();
        Member.flush();
        recount(branchId);
    }

    /** The branch whose roster is read ({@code write} false) or changed, after checking the caller may. */
    private Organization branch(UUID branchId, boolean write) {
        Organization branch = Organization.findById(branchId);
        if (branch == null) {
            throw new NotFound("resource.organization", branchId);
        }
        if (branch.type != OrganizationType.BRANCH) {
            throw new Unprocessable("branchId", "organization.notBranch", branch.type);
        }
        if (write) {
            access.requireRosterWrite(branch);
        } else {
            access.requireRosterRead(branch);
        }
        return branch;
    }

    private Member find(UUID branchId, UUID memberId, boolean write) {
        branch(branchId, write);
        Member member = Member.findById(memberId);
        if (member == null || !member.organizationId.equals(branchId)) {
            throw new NotFound("resource.member", memberId);
        }
        return member;
    }

    private void assign(Member member, MemberRequest request) {
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Member.count("externalId = ?1 and id <> ?2", externalId, member.id) > 0) {
            throw Conflict.duplicate("externalId", "member.externalId.taken", externalId);
        }
        member.fullName = request.fullName().trim();
        member.status = request.status();
        member.exempt = Boolean.TRUE.equals(request.exempt());
        member.exemptReason = member.exempt ? Text.blankToNull(request.exemptReason()) : null;
        member.joinedOn = request.joinedOn();
        member.externalId = externalId;
    }

    /** Keeps the branch's roster count; the branch gets a new version (and a revision), since its member count changed. */
    private void recount(UUID branchId) {
        Organization branch = Organization.findById(branchId);
        branch.rosterCount = Math.toIntExact(Member.count("organizationId", branchId));
        Organization.flush();
    }
}
