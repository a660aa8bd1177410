package vn.nennep.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Unprocessable;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.Resolution;

/**
 * The rules of an inspection that need stored data: the deciding committee, its subjects within its subtree, the
 * documents checked readable by the caller, the plan and conclusion numbers read as party document numbers.
 */
@ApplicationScoped
class InspectionChecks {

    /** The type of a conclusion's document (kết luận). */
    static final String CONCLUSION_TYPE = "KL";

    private final Access access;

    InspectionChecks(Access access) {
        this.access = access;
    }

    /** The deciding committee: a DISTRICT or GRASSROOTS organization (422 {@code organizationId}). */
    Organization committee(UUID id) {
        Organization committee = Organization.findById(id);
        if (committee == null) {
            throw new Unprocessable("organizationId", "inspection.organization.notFound", id);
        }
        if (committee.type != OrganizationType.DISTRICT && committee.type != OrganizationType.GRASSROOTS) {
            throw new Unprocessable("organizationId", "inspection.organization.wrongType", committee.type);
        }
        return committee;
    }

    /** Each subject the committee or beneath it, each document one the caller may read; a violation per item. */
    List<FieldViolation> references(Organization committee, InspectionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        List<UUID> subjects = request.subjectOrganizationIds();
        for (int i = 0; i < subjects.size(); i++) {
            Organization subject = Organization.findById(subjects.get(i));
            if (subject == null || !committee.contains(subject)) {
                violations.add(new FieldViolation("subjectOrganizationIds[" + i + "]", "inspection.subject.outside",
                        committee.name));
            }
        }
        List<UUID> documents = request.resolutionIdsOrNone();
        for (int i = 0; i < documents.size(); i++) {
            Resolution document = Resolution.findById(documents.get(i));
            Organization scope = document == null ? null : Organization.findById(document.scopeOrganizationId);
            if (scope == null || !access.canSeeAnchoredAt(scope)) {
                violations.add(new FieldViolation("resolutionIds[" + i + "]", "inspection.resolution.notFound",
                        documents.get(i)));
            }
        }
        return violations;
    }

    /** {@code raw} as a document number is stored (NFC, hyphens, Đ); trimmed as typed when it is not one. */
    static String normalised(String raw) {
        try {
            return DocumentNumber.parse(raw, DocumentType.codes()).text();
        } catch (Unprocessable e) {
            return raw == null ? null : raw.trim();
        }
    }

    /** The plan's number as a document number of any known type, normalised; a violation on {@code planNumber}. */
    String planNumber(String raw, List<FieldViolation> violations) {
        try {
            return DocumentNumber.parse(raw, DocumentType.codes()).text();
        } catch (Unprocessable e) {
            e.violations().forEach(v -> violations.add(new FieldViolation("planNumber", v.key(), v.args())));
            return raw.trim();
        }
    }

    /** A conclusion's number: a KL document number, normalised; violations on {@code conclusion.number}. */
    String conclusionNumber(String raw, List<FieldViolation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            DocumentNumber number = DocumentNumber.parse(raw, DocumentType.codes());
            if (!CONCLUSION_TYPE.equals(number.documentType())) {
                violations.add(new FieldViolation("conclusion.number", "inspection.conclusion.number.type",
                        number.documentType()));
            }
            return number.text();
        } catch (Unprocessable e) {
            e.violations().forEach(v -> violations.add(new FieldViolation("conclusion.number", v.key(), v.args())));
            return raw.trim();
        }
    }
}
