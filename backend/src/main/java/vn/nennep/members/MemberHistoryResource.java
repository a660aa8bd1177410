package vn.nennep.members;

import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Params;

/** A roster entry's audit trail, newest first: {@code /organizations/{branchId}/members/{memberId}/history}. */
@Path("/api/v1/organizations/{branchId}/members/{memberId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MemberHistoryResource {

    private final MemberService members;
    private final HistoryService history;

    public MemberHistoryResource(MemberService members, HistoryService history) {
        this.members = members;
        this.history = history;
    }

    @GET
    public PageResponse<HistoryEntry> history(@PathParam("branchId") String branchId,
            @PathParam("memberId") String memberId, @BeanParam ListParams paging) {
        UUID branch = Params.id("branchId", branchId);
        UUID member = Params.id("memberId", memberId);
        return history.page(Member.class, member, () -> members.get(branch, member),
                last -> branch.equals(last.organizationId),
                (m, revision) -> state("organizationId", m.organizationId, "fullName", m.fullName,
                        "status", m.status, "exempt", m.exempt, "exemptReason", m.exemptReason,
                        "joinedOn", m.joinedOn, "externalId", m.externalId),
                paging);
    }
}
