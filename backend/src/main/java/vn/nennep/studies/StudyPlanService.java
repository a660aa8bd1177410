package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nennep.auth.Access;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.InvalidTransition;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * Study plans: a committee's plan for studying a document, seen by everyone above, at and below the committee and
 * written by the district office. Issuing one asks every grassroots organization in its scope for an action plan.
 */
@ApplicationScoped
public class StudyPlanService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of("issuedOn", "issuedOn", "number", "number",
            "updatedAt", "updatedAt", "createdAt", "createdAt");
    static final String DEFAULT_SORT = "issuedOn,desc";

    private final Access access;
    private final StudyPlanChecks checks;
    private final StudyPlanViews views;

    public StudyPlanService(Access access, StudyPlanChecks checks, StudyPlanViews views) {
        this.access = access;
        this.checks = checks;
        this.views = views;
    }

    public PageResponse<StudyPlanResponse> list(StudyPlanFilter.Query filter, PageQuery page) {
        Where where = new Where()
                .anchoredVisible("organizationId", access.readPrefix())
                .and("organizationId in (select o.id from Organization o where o.path like :within)", "within",
                        StudyPlanService.subtreePattern(filter.organizationId()))
                .and("resolutionId = :resolutionId", "resolutionId", filter.resolutionId())
                .and("status = :status", "status", filter.status())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .searchFolded("searchText", filter.q());
        var query = StudyPlan.<StudyPlan>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        List<StudyPlan> rows = query.list();
        return PageResponse.of(views.responses(rows), page, query.count());
    }

    public StudyPlanResponse get(UUID id) {
        return views.response(readable(id));
    }

    /** A plan the caller may see (404 when there is none, 403 when it is out of reach). */
    public StudyPlan readable(UUID id) {
        StudyPlan plan = find(id);
        access.requireSeeAnchoredAt(Organization.findById(plan.organizationId));
        return plan;
    }

    /** Issues the plan and, in the same transaction, the pending action plans of the grassroots committees in scope. */
    @Transactional
    public StudyPlanResponse create(StudyPlanRequest request) {
        StudyPlan plan = new StudyPlan();
        plan.status = StudyPlanStatus.PLANNED;
        assign(plan, checks.check(plan, false, request), request);
        plan.persist();
        askForActionPlans(plan);
        StudyPlan.flush();
        return views.response(plan);
    }

    @Transactional
    public StudyPlanResponse update(UUID id, IfMatch ifMatch, StudyPlanRequest request) {
        StudyPlan plan = writable(id);
        ifMatch.check(plan.version);
        if (plan.status.isFinal()) {
            throw new Conflict("studyPlan.final", plan.status);
        }
        String number = checks.check(plan, true, request);
        LocalDate oldDue = plan.actionPlansDueOn;
        assign(plan, number, request);
        if (!oldDue.equals(plan.actionPlansDueOn)) {
            // The action plans still owed on the old date follow the plan; those given a date of their own keep it.
            ActionPlan.<ActionPlan>list("studyPlanId = ?1 and status = ?2 and dueOn = ?3", plan.id,
                    ActionPlanStatus.PENDING, oldDue).forEach(a -> a.dueOn = plan.actionPlansDueOn);
        }
        StudyPlan.flush();
        return views.response(plan);
    }

    /** Only a plan with no session whose action plans are all still pending; those go with it. */
    @Transactional
    public void delete(UUID id) {
        StudyPlan plan = writable(id);
        if (plan.sessionCount > 0) {
            throw new Conflict("studyPlan.delete.sessions", plan.sessionCount);
        }
        long started = ActionPlan.count("studyPlanId = ?1 and status <> ?2", plan.id, ActionPlanStatus.PENDING);
        if (started > 0) {
            throw new Conflict("studyPlan.delete.actionPlans", started);
        }
        ActionPlan.<ActionPlan>list("studyPlanId", plan.id).forEach(ActionPlan::delete);
        plan.delete();
    }

    /** Moves the plan to {@code target}: 409 naming the allowed moves when it may not. */
    @Transactional
    public StudyPlanResponse changeStatus(UUID id, IfMatch ifMatch, StudyPlanStatus target) {
        StudyPlan plan = writable(id);
        if (ifMatch.present()) {
            ifMatch.check(plan.version);
        }
        StudyPlanStatus current = plan.status;
        if (!current.canMoveTo(target)) {
            List<StudyPlanStatus> next = current.allowedNext();
            if (next.isEmpty()) {
                throw new InvalidTransition(List.of(new FieldViolation("status", "studyPlan.status.none", current)),
                        "studyPlan.status.final", current, target);
            }
            String allowed = next.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidTransition(List.of(new FieldViolation("status", "studyPlan.status.allowed", allowed)),
                    "studyPlan.status.illegal", current, target, allowed);
        }
        plan.status = target;
        StudyPlan.flush();
        return views.response(plan);
    }

    /**
     * One PENDING action plan, due the plan's date, for every grassroots organization in the plan's scope (the scope
     * itself when it is one) that has none for the document yet; persisted as entities so that each is audited and
     * in the change feed.
     */
    private static void askForActionPlans(StudyPlan plan) {
        Organization scope = Organization.findById(plan.scopeOrganizationId);
        List<Organization> owing = Organization.list("type = ?1 and path like ?2 and id not in"
                + " (select a.organizationId from ActionPlan a where a.resolutionId = ?3) order by path",
                OrganizationType.GRASSROOTS, scope.path + "%", plan.resolutionId);
        for (Organization organization : owing) {
            ActionPlan actionPlan = new ActionPlan();
            actionPlan.studyPlanId = plan.id;
            actionPlan.resolutionId = plan.resolutionId;
            actionPlan.organizationId = organization.id;
            actionPlan.dueOn = plan.actionPlansDueOn;
            actionPlan.status = ActionPlanStatus.PENDING;
            actionPlan.persist();
        }
    }

    private StudyPlan find(UUID id) {
        StudyPlan plan = StudyPlan.findById(id);
        if (plan == null) {
            throw new NotFound("resource.studyPlan", id);
        }
        return plan;
    }

    /** A plan the caller may change: the district office holding its committee, or a system administrator. */
    private StudyPlan writable(UUID id) {
        StudyPlan plan = find(id);
        access.requireOfficeOf(Organization.findById(plan.organizationId), StudyPlanChecks.PLANNERS);
        return plan;
    }

    private static void assign(StudyPlan plan, String number, StudyPlanRequest request) {
        plan.organizationId = request.organizationId();
        plan.resolutionId = request.resolutionId();
        plan.number = number;
        plan.issuedOn = request.issuedOn();
        plan.title = request.title().trim();
        plan.scopeOrganizationId = request.scopeOrganizationId() == null ? request.organizationId()
                : request.scopeOrganizationId();
        List<StudyPlan.Level> levels = request.levels() == null ? List.of() : request.levels().stream()
                .map(l -> new StudyPlan.Level(l.audience(), l.dueOn())).toList();
        if (!levels.equals(plan.levels)) {
            plan.levels = new ArrayList<>(levels);
        }
        List<StudyPlan.Presenter> presenters = request.presenters() == null ? List.of() : request.presenters()
                .stream().map(p -> new StudyPlan.Presenter(p.fullName().trim(), Text.blankToNull(p.position())))
                .toList();
        if (!presenters.equals(plan.presenters)) {
            plan.presenters = new ArrayList<>(presenters);
        }
        plan.actionPlansDueOn = request.actionPlansDueOn();
        plan.externalId = Text.blankToNull(request.externalId());
        var document = StudyPlanViews.documents(List.of(plan.resolutionId)).get(plan.resolutionId);
        plan.searchText = Text.fold(String.join(" ", plan.number, plan.title, document.number(), document.title()));
    }

    /** The LIKE pattern of an organization's subtree ("-" matches nothing when it is unknown); null for none. */
    static String subtreePattern(UUID organizationId) {
        if (organizationId == null) {
            return null;
        }
        Organization organization = Organization.findById(organizationId);
        return organization == null ? "-" : organization.path + "%";
    }
}
