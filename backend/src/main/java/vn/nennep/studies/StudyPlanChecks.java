package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.Conflict;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.Resolution;

/**
 * The rules a study plan's body must meet against stored data: the planner and the caller's right to plan for it,
 * the document, the KH number, the scope, the levels and the due date; 422 naming each field, 409 for duplicates.
 */
@ApplicationScoped
class StudyPlanChecks {

    /** The offices that plan; a grassroots officer reads plans but does not write them. */
    static final Role[] PLANNERS = {Role.DISTRICT_OFFICE};
    /** The document type of a plan (kế hoạch). */
    static final String PLAN_TYPE = "KH";

    private final Access access;

    StudyPlanChecks(Access access) {
        this.access = access;
    }

    /** Checks {@code request} for {@code plan} (a new one when {@code existing} is false); the normalised number. */
    String check(StudyPlan plan, boolean existing, StudyPlanRequest request) {
        Organization planner = Organization.findById(request.organizationId());
        if (planner == null) {
            throw new Unprocessable("organizationId", "studyPlan.organization.notFound", request.organizationId());
        }
        if (planner.type != OrganizationType.DISTRICT && planner.type != OrganizationType.GRASSROOTS) {
            throw new Unprocessable("organizationId", "studyPlan.organization.wrongType", planner.type);
        }
        access.requireOfficeOf(planner, PLANNERS);
        List<FieldViolation> violations = new ArrayList<>();
        if (existing && !planner.id.equals(plan.organizationId)) {
            violations.add(new FieldViolation("organizationId", "studyPlan.organization.fixed"));
        }
        if (existing && !request.resolutionId().equals(plan.resolutionId)) {
            violations.add(new FieldViolation("resolutionId", "studyPlan.resolution.fixed"));
        } else if (!existing && !readableDocument(request.resolutionId())) {
            violations.add(new FieldViolation("resolutionId", "studyPlan.resolution.notFound",
                    request.resolutionId()));
        }
        String number = planNumber(request.number(), "number", violations);
        UUID scopeId = request.scopeOrganizationId() == null ? planner.id : request.scopeOrganizationId();
        Organization scope = Organization.findById(scopeId);
        if (scope == null) {
            violations.add(new FieldViolation("scopeOrganizationId", "studyPlan.scope.notFound", scopeId));
        } else if (!planner.contains(scope)) {
            violations.add(new FieldViolation("scopeOrganizationId", "studyPlan.scope.outside", scope.name,
                    planner.name));
        }
        List<StudyPlanRequest.LevelInput> levels = request.levels() == null ? List.of() : request.levels();
        Set<StudyPlanAudience> audiences = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!audiences.add(levels.get(i).audience())) {
                violations.add(new FieldViolation("levels[" + i + "].audience", "studyPlan.level.duplicate",
                        levels.get(i).audience()));
            }
        }
        if (request.actionPlansDueOn().isBefore(request.issuedOn())) {
            violations.add(new FieldViolation("actionPlansDueOn", "studyPlan.actionPlansDueOn.beforeIssued",
                    request.issuedOn()));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && StudyPlan.count("externalId = ?1 and id <> ?2", externalId, plan.id) > 0) {
            throw Conflict.duplicate("externalId", "studyPlan.externalId.taken", externalId);
        }
        if (StudyPlan.count("organizationId = ?1 and resolutionId = ?2 and id <> ?3", planner.id,
                request.resolutionId(), plan.id) > 0) {
            throw Conflict.duplicate("resolutionId", "studyPlan.resolution.taken", planner.name);
        }
        if (StudyPlan.count("organizationId = ?1 and lower(number) = ?2 and id <> ?3", planner.id,
                number.toLowerCase(Locale.ROOT), plan.id) > 0) {
            throw Conflict.duplicate("number", "studyPlan.number.taken", number);
        }
        return number;
    }

    /** Whether the document exists and the caller may read it (its scope above, at or below the caller). */
    boolean readableDocument(UUID resolutionId) {
        Resolution resolution = Resolution.findById(resolutionId);
        if (resolution == null) {
            return false;
        }
        Organization scope = Organization.findById(resolution.scopeOrganizationId);
        return scope != null && access.canSeeAnchoredAt(scope);
    }

    /**
     * A KH document number read by the documents' parser, its errors reported under {@code field}; null (with the
     * violations added) when it is not one.
     */
    static String planNumber(String raw, String field, List<FieldViolation> violations) {
        try {
            DocumentNumber number = DocumentNumber.parse(raw, DocumentType.codes());
            if (!PLAN_TYPE.equals(number.documentType())) {
                violations.add(new FieldViolation(field, "studyPlan.number.notPlan", number.text(),
                        number.documentType()));
                return null;
            }
            return number.text();
        } catch (Unprocessable malformed) {
            malformed.violations().forEach(v -> violations.add(new FieldViolation(field, v.key(), v.args())));
            return null;
        }
    }
}
