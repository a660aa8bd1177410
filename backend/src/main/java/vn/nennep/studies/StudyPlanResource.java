package vn.nennep.studies;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.audit.HistoryDiff;
import vn.nennep.audit.HistoryService;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.IfMatch;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Versions;

/** Study plans: {@code /study-plans}, and their status at {@code /{id}/status}. */
@Authenticated
@Path("/api/v1/study-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudyPlanResource {

    private final StudyPlanService plans;
    private final HistoryService history;

    public StudyPlanResource(StudyPlanService plans, HistoryService history) {
        this.plans = plans;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam StudyPlanFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, StudyPlanResponse.class, "ke-hoach-hoc-tap", paging, p -> {
            PageQuery page = PageQuery.parse(p, StudyPlanService.SORTABLE, StudyPlanService.DEFAULT_SORT);
            return plans.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response create(@Valid @NotNull StudyPlanRequest request) {
        StudyPlanResponse created = plans.create(request);
        return Response.created(URI.create("/api/v1/study-plans/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(plans.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull StudyPlanRequest request) {
        return withEtag(plans.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        plans.delete(Params.id("id", id));
    }

    /** If-Match is optional here: when sent, it must name the current version. */
    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull StudyPlanStatusChange request) {
        return withEtag(plans.changeStatus(Params.id("id", id), ifMatch, request.status()));
    }

    private static Response withEtag(StudyPlanResponse plan) {
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }

    /**
     * A plan's audit trail, newest first: every edit and every status change is a revision; levels and presenters
     * appear field by field ({@code levels[1].dueOn}). A page as JSON, or with {@code Accept: text/csv} as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID planId = Params.id("id", id);
        return history.answer("lich-su-ke-hoach-hoc-tap", headers, paging, StudyPlan.class, planId,
                () -> plans.get(planId), (plan, revision) -> historyState(plan));
    }

    /** A plan's state as API fields; each level's and each presenter's values are fields of their own. */
    static Map<String, Object> historyState(StudyPlan p) {
        List<Object> fields = new ArrayList<>(Arrays.asList("organizationId", p.organizationId,
                "resolutionId", p.resolutionId, "number", p.number, "issuedOn", p.issuedOn, "title", p.title,
                "scopeOrganizationId", p.scopeOrganizationId, "actionPlansDueOn", p.actionPlansDueOn,
                "status", p.status));
        List<StudyPlan.Level> levels = p.levels == null ? List.of() : p.levels;
        for (int i = 0; i < levels.size(); i++) {
            fields.addAll(Arrays.asList("levels[" + i + "].audience", levels.get(i).audience(),
                    "levels[" + i + "].dueOn", levels.get(i).dueOn()));
        }
        List<StudyPlan.Presenter> presenters = p.presenters == null ? List.of() : p.presenters;
        for (int i = 0; i < presenters.size(); i++) {
            fields.addAll(Arrays.asList("presenters[" + i + "].fullName", presenters.get(i).fullName(),
                    "presenters[" + i + "].position", presenters.get(i).position()));
        }
        fields.add("externalId");
        fields.add(p.externalId);
        return HistoryDiff.state(fields.toArray());
    }
}
