package vn.nennep.inspections;

import java.util.ArrayList;
import java.util.List;
import vn.nennep.common.Text;

/** A request's fields onto an inspection (trimmed, blanks as none), and a detached copy to try an edit on. */
final class InspectionWriter {

    private InspectionWriter() {
    }

    /**
     * Everything but the status and the closing date. A date the moves set ({@code startedOn}, {@code endedOn}) left
     * out of the request keeps the stored one once the move was made.
     */
    static void assign(Inspection inspection, InspectionRequest request) {
        inspection.organizationId = request.organizationId();
        inspection.kind = request.kind();
        inspection.planNumber = InspectionChecks.normalised(request.planNumber());
        inspection.title = request.title().trim();
        inspection.subjectOrganizationIds = changed(inspection.subjectOrganizationIds,
                List.copyOf(request.subjectOrganizationIds()));
        inspection.resolutionIds = changed(inspection.resolutionIds, List.copyOf(request.resolutionIdsOrNone()));
        inspection.team = changed(inspection.team, request.team().stream()
                .map(m -> new Inspection.TeamMember(m.fullName().trim(), Text.blankToNull(m.position()), m.role()))
                .toList());
        inspection.plannedFrom = request.plannedFrom();
        inspection.plannedTo = request.plannedTo();
        boolean started = inspection.status != InspectionStatus.PLANNED && inspection.status != null;
        inspection.startedOn = request.startedOn() == null && started ? inspection.startedOn : request.startedOn();
        inspection.endedOn = request.endedOn() == null && inspection.status != null && inspection.status.isConcluded()
                ? inspection.endedOn : request.endedOn();
        inspection.findings = changed(inspection.findings, request.findingsOrNone().stream()
                .map(f -> new Inspection.Finding(f.area(), f.organizationId(), f.rating(), f.text().trim()))
                .toList());
        InspectionRequest.ConclusionInput conclusion = request.conclusion();
        String number = conclusion == null ? null : Text.blankToNull(conclusion.number());
        inspection.conclusionNumber = number == null ? null : InspectionChecks.normalised(number);
        inspection.conclusionIssuedOn = conclusion == null ? null : conclusion.issuedOn();
        inspection.conclusionText = conclusion == null ? null : Text.blankToNull(conclusion.text());
        inspection.remedies = changed(inspection.remedies, request.remediesOrNone().stream()
                .map(r -> new Inspection.Remedy(r.organizationId(), r.text().trim(), r.dueOn(), r.status(),
                        r.status() == RemedyStatus.DONE || r.doneOn() != null ? r.doneOn() : null,
                        r.status() == RemedyStatus.WAIVED ? Text.blankToNull(r.waivedReason()) : null))
                .toList());
        inspection.externalId = Text.blankToNull(request.externalId());
        inspection.refreshSearchText();
    }

    /** A detached copy of {@code inspection} (same id and status), to try an edit on. */
    static Inspection copy(Inspection inspection) {
        Inspection copy = new Inspection();
        copy.id = inspection.id;
        copy.status = inspection.status;
        copy.organizationId = inspection.organizationId;
        copy.kind = inspection.kind;
        copy.planNumber = inspection.planNumber;
        copy.title = inspection.title;
        copy.subjectOrganizationIds = inspection.subjectOrganizationIds;
        copy.resolutionIds = inspection.resolutionIds;
        copy.team = inspection.team;
        copy.plannedFrom = inspection.plannedFrom;
        copy.plannedTo = inspection.plannedTo;
        copy.startedOn = inspection.startedOn;
        copy.endedOn = inspection.endedOn;
        copy.findings = inspection.findings;
        copy.conclusionNumber = inspection.conclusionNumber;
        copy.conclusionIssuedOn = inspection.conclusionIssuedOn;
        copy.conclusionText = inspection.conclusionText;
        copy.remedies = inspection.remedies;
        copy.closedOn = inspection.closedOn;
        copy.externalId = inspection.externalId;
        return copy;
    }

    /** The new list, or the stored one when equal (so that an unchanged JSON column is not written again). */
    private static <T> List<T> changed(List<T> stored, List<T> next) {
        return next.equals(stored) ? stored : new ArrayList<>(next);
    }
}
