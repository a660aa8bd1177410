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

/** Action plans: {@code /action-plans}, submitted, accepted and returned at {@code /{id}/status}. */
@Authenticated
@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    private final ActionPlanService actionPlans;
    private final ActionPlanReview review;
    private final HistoryService history;

    public ActionPlanResource(ActionPlanService actionPlans, ActionPlanReview review, HistoryService history) {
        this.actionPlans = actionPlans;
        this.review = review;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam ActionPlanFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, ActionPlanResponse.class, "ke-hoach-hanh-dong", paging, p -> {
            PageQuery page = PageQuery.parse(p, ActionPlanService.SORTABLE, ActionPlanService.DEFAULT_SORT);
            return actionPlans.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response create(@Valid @NotNull ActionPlanRequest request) {
        ActionPlanResponse created = actionPlans.create(request);
        return Response.created(URI.create("/api/v1/action-plans/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(actionPlans.get(Params.id("id", id)));
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public Response update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ActionPlanUpdate request) {
        return withEtag(actionPlans.update(Params.id("id", id), ifMatch, request));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        actionPlans.delete(Params.id("id", id));
    }

    /** If-Match is optional here: when sent, it must name the current version. */
    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE, Role.GRASSROOTS})
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") IfMatch ifMatch,
            @Valid @NotNull ActionPlanStatusChange request) {
        return withEtag(review.changeStatus(Params.id("id", id), ifMatch, request));
    }

    private static Response withEtag(ActionPlanResponse actionPlan) {
        return Response.ok(actionPlan).tag(Versions.etag(actionPlan.version())).build();
    }

    /**
     * An action plan's audit trail, newest first: asked for, submitted, returned with the reason, resubmitted,
     * accepted. A page as JSON, or with {@code Accept: text/csv} every revision as CSV.
     */
    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID actionPlanId = Params.id("id", id);
        return history.answer("lich-su-ke-hoach-hanh-dong", headers, paging, ActionPlan.class, actionPlanId,
                () -> actionPlans.get(actionPlanId), (actionPlan, revision) -> historyState(actionPlan));
    }

    /** An action plan's state as API fields. */
    static Map<String, Object> historyState(ActionPlan a) {
        return HistoryDiff.state("studyPlanId", a.studyPlanId, "resolutionId", a.resolutionId,
                "organizationId", a.organizationId, "dueOn", a.dueOn, "status", a.status,
                "documentNumber", a.documentNumber, "title", a.title, "firstSubmittedOn", a.firstSubmittedOn,
                "submittedOn", a.submittedOn, "reviewedOn", a.reviewedOn, "returnReason", a.returnReason,
                "externalId", a.externalId);
    }
}
