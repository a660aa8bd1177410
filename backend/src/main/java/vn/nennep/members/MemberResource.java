package vn.nennep.members;

import static vn.nennep.audit.HistoryDiff.personal;
import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** A branch's roster: {@code /organizations/{branchId}/members}. */
@Authenticated
@Path("/api/v1/organizations/{branchId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberService members;
    private final HistoryService history;

    public MemberResource(MemberService members, HistoryService history) {
        this.members = members;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@PathParam("branchId") String branchId,
            @BeanParam MemberFilter filter, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID branch = Params.id("branchId", branchId);
        members.readableBranch(branch);
        return CsvExport.pageOrCsv(headers, MemberResponse.class, "dang-vien", paging, p -> {
            PageQuery page = PageQuery.parse(p, MemberService.SORTABLE, MemberService.DEFAULT_SORT);
            return members.list(branch, filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    public Response create(@PathParam("branchId") String branchId, @Valid @NotNull MemberRequest request) {
        UUID branch = Params.id("branchId", branchId);
        MemberResponse created = members.create(branch, request);
        return Response.created(URI.create("/api/v1/organizations/" + branch + "/members/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{memberId}")
    public Response get(@PathParam("branchId") String branchId, @PathParam("memberId") String memberId) {
        MemberResponse member = members.get(Params.id("branchId", branchId), Params.id("memberId", memberId));
        return Response.ok(member).tag(Versions.etag(member.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{memberId}")
    public Response update(@PathParam("branchId") String branchId, @PathParam("memberId") String memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch, @Valid @NotNull MemberRequest request) {
        MemberResponse member = members.update(Params.id("branchId", branchId), Params.id("memberId", memberId),
                ifMatch, request);
        return Response.ok(member).tag(Versions.etag(member.version())).build();
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS, Role.SECRETARY})
    @Path("{memberId}")
    public void delete(@PathParam("branchId") String branchId, @PathParam("memberId") String memberId) {
        members.delete(Params.id("branchId", branchId), Params.id("memberId", memberId));
    }

    /**
     * A roster entry's audit trail, newest first: a page as JSON, or with {@code Accept: text/csv} every revision as
     * CSV.
     */
    @GET
    @Path("{memberId}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("branchId") String branchId, @PathParam("memberId") String memberId,
            @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID branch = Params.id("branchId", branchId);
        UUID member = Params.id("memberId", memberId);
        return history.answer("lich-su-dang-vien", headers, paging, Member.class, member,
                () -> members.get(branch, member), last -> branch.equals(last.organizationId),
                (m, revision) -> state("organizationId", m.organizationId, "fullName", personal(m.fullName),
                        "status", m.status, "exempt", m.exempt, "exemptReason", m.exemptReason,
                        "joinedOn", m.joinedOn, "externalId", m.externalId));
    }
}
