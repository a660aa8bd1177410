package vn.nennep.resolutions;

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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Problems;
import vn.nennep.common.Versions;

/** A resolution's targets: {@code /resolutions/{id}/targets}. */
@Authenticated
@Path("/api/v1/resolutions/{id}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetService targets;
    private final HistoryService history;

    public TargetResource(TargetService targets, HistoryService history) {
        this.targets = targets;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@PathParam("id") String id, @BeanParam TargetFilter filter,
            @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        Locale locale = Problems.locale(headers);
        return CsvExport.pageOrCsv(headers, TargetResponse.class, "chi-tieu", paging, p -> {
            PageQuery page = PageQuery.parse(p, TargetService.SORTABLE, TargetService.DEFAULT_SORT);
            return targets.list(resolutionId, filter.parse(p), page).map(t -> t.in(locale));
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    public Response create(@PathParam("id") String id, @Valid @NotNull TargetRequest request,
            @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        TargetResponse created = targets.create(resolutionId, request).in(Problems.locale(headers));
        return Response.created(URI.create("/api/v1/resolutions/" + resolutionId + "/targets/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{targetId}")
    public Response get(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @Context HttpHeaders headers) {
        TargetResponse target = targets.get(Params.id("id", id), Params.id("targetId", targetId))
                .in(Problems.locale(headers));
        return Response.ok(target).tag(Versions.etag(target.version())).build();
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{targetId}")
    public Response update(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch, @Valid @NotNull TargetRequest request,
            @Context HttpHeaders headers) {
        TargetResponse target = targets.update(Params.id("id", id), Params.id("targetId", targetId), ifMatch,
                request).in(Problems.locale(headers));
        return Response.ok(target).tag(Versions.etag(target.version())).build();
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{targetId}")
    public void delete(@PathParam("id") String id, @PathParam("targetId") String targetId) {
        targets.delete(Params.id("id", id), Params.id("targetId", targetId));
    }

    /**
     * A target's audit trail, newest first: who set or changed which threshold, and when. A page as JSON, or with
     * {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{targetId}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        UUID target = Params.id("targetId", targetId);
        return history.answer("lich-su-chi-tieu", headers, paging, Target.class, target,
                () -> targets.readable(resolutionId, target), last -> resolutionId.equals(last.resolutionId),
                (t, revision) -> state("title", t.title, "metric", t.metric, "comparator", t.comparator,
                        "threshold", historyNumber(t.threshold), "tiers", historyTiers(t.tiers),
                        "meetingKind", t.meetingKind, "theme", t.theme, "unit", t.unit,
                        "combinedThreshold", historyNumber(t.combinedThreshold), "externalId", t.externalId));
    }

    private static Double historyNumber(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** Tiers as text, "[20, 50): 5", so that a change of one tier reads at a glance. */
    private static List<String> historyTiers(List<TargetRules.Tier> tiers) {
        return tiers == null ? null : tiers.stream().map(t -> "[" + t.minMembers() + ", "
                + (t.maxMembers() == null ? "∞" : t.maxMembers()) + "): " + t.threshold().stripTrailingZeros()
                        .toPlainString()).toList();
    }
}
