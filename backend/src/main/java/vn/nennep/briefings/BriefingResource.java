package vn.nennep.briefings;

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
import java.time.YearMonth;
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

/** Monthly zone briefings: {@code /briefings}. */
@Authenticated
@Path("/api/v1/briefings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BriefingResource {

    private final BriefingService briefings;
    private final HistoryService history;

    public BriefingResource(BriefingService briefings, HistoryService history) {
        this.briefings = briefings;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam BriefingFilter filter, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, BriefingResponse.class, "giao-ban", paging, p -> {
            PageQuery page = PageQuery.parse(p, BriefingService.SORTABLE, BriefingService.DEFAULT_SORT);
            return briefings.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response create(@Valid @NotNull BriefingRequest request) {
        BriefingResponse created = briefings.create(request);
        return Response.created(URI.create("/api/v1/briefings/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(briefings.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull BriefingRequest request) {
        return withEtag(briefings.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        briefings.delete(Params.id("id", id));
    }

    private static Response withEtag(BriefingResponse briefing) {
        return Response.ok(briefing).tag(Versions.etag(briefing.version())).build();
    }

    /**
     * A briefing's audit trail, newest first, attendees one line each: a page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID briefingId = Params.id("id", id);
        return history.answer("lich-su-giao-ban", headers, paging, Briefing.class, briefingId,
                () -> briefings.readable(briefingId),
                (b, revision) -> state("zoneId", b.zoneId, "hostOrganizationId", b.hostOrganizationId,
                        "month", b.month == null ? null : YearMonth.from(b.month).toString(), "heldOn", b.heldOn,
                        "attendees", b.attendees == null ? null : personal(b.attendees.stream()
                                .map(a -> a.fullName() + (a.position() == null ? "" : " (" + a.position() + ")"))
                                .toList(), b.attendees.stream().map(a -> a.position() == null ? "" : a.position())
                                .toList()),
                        "externalId", b.externalId));
    }
}
