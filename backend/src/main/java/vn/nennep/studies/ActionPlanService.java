package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * Action plans: what each grassroots organization owes for a document it studies. Seen from above, at and below the
 * organization; asked for, re-dated and deleted by the district office; submitted, accepted and returned through
 * {@link ActionPlanReview}.
 */
@ApplicationScoped
public class ActionPlanService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "submittedOn", "submittedOn",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "dueOn,asc";
    /** Who asks for, re-dates and deletes action plans. */
    static final Role[] MANAGERS = {Role.DISTRICT_OFFICE};
    /** Still owed (PENDING or RETURNED) and past the due date, as {@link ActionPlan#overdueOn} says. */
    private static final String OWED_LATE = "(status in (vn.nennep.studies.ActionPlanStatus.PENDING,"
            + " vn.nennep.studies.ActionPlanStatus.RETURNED) and dueOn < :today)";

    private final Access access;

    public ActionPlanService(Access access) {
        this.access = access;
    }

    public PageResponse<ActionPlanResponse> list(ActionPlanFilter.Query filter, PageQuery page) {
        LocalDate today = today();
        Where where = new Where()
                .anchoredVisible("organizationId", access.readPrefix())
                .and("studyPlanId = :studyPlanId", "studyPlanId", filter.studyPlanId())
                .and("resolutionId = :resolutionId", "resolutionId", filter.resolutionId())
                .and("organizationId in (select o.id from Organization o where o.path like :within)", "within",
                        StudyPlanService.subtreePattern(filter.organizationId()))
                .and("status = :status", "status", filter.status())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("coalesce(documentNumber, '') || ' ' || (select o.name from Organization o"
                        + " where o.id = organizationId)", filter.q());
        if (filter.overdue() != null) {
            where.and(filter.overdue() ? OWED_LATE : "not " + OWED_LATE, "today", today);
        }
        var query = ActionPlan.<ActionPlan>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(responses(query.list(), today), page, query.count());
    }

    public ActionPlanResponse get(UUID id) {
        return response(readable(id));
    }

    /** An action plan the caller may see (404 when there is none, 403 when it is out of reach). */
    public ActionPlan readable(UUID id) {
        ActionPlan actionPlan = find(id);
        access.requireSeeAnchoredAt(Organization.findById(actionPlan.organizationId));
        return actionPlan;
    }

    /** Asks one more grassroots organization in the plan's scope, which has none for the document yet. */
    @Transactional
    public ActionPlanResponse create(ActionPlanRequest request) {
        StudyPlan plan = StudyPlan.findById(request.studyPlanId());
        if (plan == null || !access.canSeeAnchoredAt(Organization.findById(plan.organizationId))) {
            throw new Unprocessable("studyPlanId", "actionPlan.studyPlan.notFound", request.studyPlanId());
        }
        Organization organization = Organization.findById(request.organizationId());
        if (organization == null) {
            throw new Unprocessable("organizationId", "actionPlan.organization.notFound", request.organizationId());
        }
        access.requireOfficeOf(organization, MANAGERS);
        Organization scope = Organization.findById(plan.scopeOrganizationId);
        if (organization.type != OrganizationType.GRASSROOTS || !scope.contains(organization)) {
            throw new Unprocessable("organizationId", "actionPlan.organization.outsideScope", organization.name,
                    scope.name);
        }
        ActionPlan existing = ActionPlan.find("organizationId = ?1 and resolutionId = ?2", organization.id,
                plan.resolutionId).firstResult();
        if (existing != null) {
            throw Conflict.existing(existing.id, "organizationId", "actionPlan.organization.taken",
                    organization.name);
        }
        ActionPlan actionPlan = new ActionPlan();
        checkExternalId(actionPlan, request.externalId());
        actionPlan.studyPlanId = plan.id;
        actionPlan.resolutionId = plan.resolutionId;
        actionPlan.organizationId = organization.id;
        actionPlan.dueOn = request.dueOn() == null ? plan.actionPlansDueOn : request.dueOn();
        actionPlan.title = Text.blankToNull(request.title());
        actionPlan.externalId = Text.blankToNull(request.externalId());
        actionPlan.status = ActionPlanStatus.PENDING;
        actionPlan.persistAndFlush();
        return response(actionPlan);
    }

    @Transactional
    public ActionPlanResponse update(UUID id, IfMatch ifMatch, ActionPlanUpdate request) {
        ActionPlan actionPlan = writable(id);
        ifMatch.check(actionPlan.version);
        checkExternalId(actionPlan, request.externalId());
        actionPlan.dueOn = request.dueOn();
        actionPlan.title = Text.blankToNull(request.title());
        actionPlan.externalId = Text.blankToNull(request.externalId());
        ActionPlan.flush();
        return response(actionPlan);
    }

    /** Only while nothing was submitted: a submitted plan is kept for the record. */
    @Transactional
    public void delete(UUID id) {
        ActionPlan actionPlan = writable(id);
        if (actionPlan.status != ActionPlanStatus.PENDING) {
            throw new Conflict("actionPlan.delete.notPending", actionPlan.status);
        }
        actionPlan.delete();
    }

    ActionPlan find(UUID id) {
        ActionPlan actionPlan = ActionPlan.findById(id);
        if (actionPlan == null) {
            throw new NotFound("resource.actionPlan", id);
        }
        return actionPlan;
    }

    /** An action plan the district office may change (due date, title, deletion). */
    private ActionPlan writable(UUID id) {
        ActionPlan actionPlan = find(id);
        access.requireOfficeOf(Organization.findById(actionPlan.organizationId), MANAGERS);
        return actionPlan;
    }

    static void checkExternalId(ActionPlan actionPlan, String raw) {
        String externalId = Text.blankToNull(raw);
        if (externalId != null && ActionPlan.count("externalId = ?1 and id <> ?2", externalId, actionPlan.id) > 0) {
            throw Conflict.duplicate("externalId", "actionPlan.externalId.taken", externalId);
        }
    }

    ActionPlanResponse response(ActionPlan actionPlan) {
        return responses(List.of(actionPlan), today()).get(0);
    }

    /** The answers for {@code rows}, with their organizations' names and their documents' numbers. */
    static List<ActionPlanResponse> responses(List<ActionPlan> rows, LocalDate today) {
        Map<UUID, Organization> organizations = Organization.byId(rows.stream().map(a -> a.organizationId).toList());
        var documents = StudyPlanViews.documents(rows.stream().map(a -> a.resolutionId).toList());
        return rows.stream().map(a -> ActionPlanResponse.of(a, documents.get(a.resolutionId).number(),
                organizations.get(a.organizationId).name, today)).toList();
    }

    static LocalDate today() {
        return LocalDate.now(Time.LOCAL);
    }
}
