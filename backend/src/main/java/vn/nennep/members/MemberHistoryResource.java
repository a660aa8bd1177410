package vn.nennep.members;

import static vn.nennep.audit.HistoryDiff.personal;
import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
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

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("branchId") String branchId,
            @PathParam("memberId") String memberId, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID branch = Params.id("branchId", branchId);
        UUID member = Params.id("memberId", memberId);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-dang-vien", paging,
                page -> history.page(Member.class, member, () -> members.get(branch, member),
                last -> branch.equals(last.organizationId),
                (m, revision) -> state("organizationId", m.organizationId, "fullName", personal(m.fullName),
                        "status", m.status, "exempt", m.exempt, "exemptReason", m.exemptReason,
                        "joinedOn", m.joinedOn, "externalId", m.externalId),
                page));
    }
}
