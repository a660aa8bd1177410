package vn.nennep.inspections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.nennep.common.ProblemException.FieldViolation;

/**
 * The rules of an inspection that need nothing but the inspection (or the request) and today's date: the team's one
 * head, the order of dates, findings and remedies about the subjects, what a remedy's status needs, what it takes to
 * conclude and to close. Pure functions; the service checks what needs stored data.
 */
final class InspectionRules {

    private InspectionRules() {
    }

    /** What is wrong with {@code request} on its own, one violation per field, in the order of the fields. */
    static List<FieldViolation> check(InspectionRequest request, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.plannedTo().isBefore(request.plannedFrom())) {
            violations.add(new FieldViolation("plannedTo", "inspection.plannedTo.beforeFrom", request.plannedFrom()));
        }
        if (request.startedOn() != null && request.startedOn().isAfter(today)) {
            violations.add(new FieldViolation("startedOn", "inspection.date.future"));
        }
        if (request.endedOn() != null && request.endedOn().isAfter(today)) {
            violations.add(new FieldViolation("endedOn", "inspection.date.future"));
        } else if (request.endedOn() != null && request.startedOn() != null
                && request.endedOn().isBefore(request.startedOn())) {
            violations.add(new FieldViolation("endedOn", "inspection.endedOn.beforeStarted", request.startedOn()));
        }
        long heads = request.team().stream().filter(m -> m.role() == TeamRole.HEAD).count();
        if (heads != 1) {
            violations.add(new FieldViolation("team", "inspection.team.oneHead", heads));
        }
        Set<UUID> subjects = new HashSet<>();
        for (int i = 0; i < request.subjectOrganizationIds().size(); i++) {
            if (!subjects.add(request.subjectOrganizationIds().get(i))) {
                violations.add(new FieldViolation("subjectOrganizationIds[" + i + "]", "inspection.subject.twice"));
            }
        }
        Set<UUID> documents = new HashSet<>();
        for (int i = 0; i < request.resolutionIdsOrNone().size(); i++) {
            if (!documents.add(request.resolutionIdsOrNone().get(i))) {
                violations.add(new FieldViolation("resolutionIds[" + i + "]", "inspection.resolution.twice"));
            }
        }
        List<InspectionRequest.FindingInput> findings = request.findingsOrNone();
        for (int i = 0; i < findings.size(); i++) {
            if (!subjects.contains(findings.get(i).organizationId())) {
                violations.add(new FieldViolation("findings[" + i + "].organizationId", "inspection.notASubject"));
            }
        }
        InspectionRequest.ConclusionInput conclusion = request.conclusion();
        LocalDate concludedOn = conclusion == null ? null : conclusion.issuedOn();
        if (concludedOn != null && concludedOn.isAfter(today)) {
            violations.add(new FieldViolation("conclusion.issuedOn", "inspection.date.future"));
        }
        List<InspectionRequest.RemedyInput> remedies = request.remediesOrNone();
        for (int i = 0; i < remedies.size(); i++) {
            violations.addAll(remedy(i, remedies.get(i), subjects, concludedOn, today));
        }
        return violations;
    }

    private static List<FieldViolation> remedy(int i, InspectionRequest.RemedyInput remedy, Set<UUID> subjects,
            LocalDate concludedOn, LocalDate today) {
        String at = "remedies[" + i + "].";
        List<FieldViolation> violations = new ArrayList<>();
        if (!subjects.contains(remedy.organizationId())) {
            violations.add(new FieldViolation(at + "organizationId", "inspection.notASubject"));
        }
        if (concludedOn != null && remedy.dueOn().isBefore(concludedOn)) {
            violations.add(new FieldViolation(at + "dueOn", "inspection.remedy.dueBeforeConclusion", concludedOn));
        }
        if (remedy.status() == RemedyStatus.DONE && remedy.doneOn() == null) {
            violations.add(new FieldViolation(at + "doneOn", "inspection.remedy.doneOn.required"));
        } else if (remedy.doneOn() != null && remedy.doneOn().isAfter(today)) {
            violations.add(new FieldViolation(at + "doneOn", "inspection.date.future"));
        }
        if (remedy.status() == RemedyStatus.WAIVED
                && (remedy.waivedReason() == null || remedy.waivedReason().isBlank())) {
            violations.add(new FieldViolation(at + "waivedReason", "inspection.remedy.waivedReason.required"));
        }
        return violations;
    }

    /** What {@code inspection} lacks to be CONCLUDED: the conclusion's three parts and a finding. */
    static List<FieldViolation> unmetToConclude(Inspection inspection) {
        List<FieldViolation> unmet = new ArrayList<>();
        if (inspection.conclusionNumber == null) {
            unmet.add(new FieldViolation("conclusion.number", "inspection.conclusion.number.required"));
        }
        if (inspection.conclusionIssuedOn == null) {
            unmet.add(new FieldViolation("conclusion.issuedOn", "inspection.conclusion.issuedOn.required"));
        }
        if (inspection.conclusionText == null) {
            unmet.add(new FieldViolation("conclusion.text", "inspection.conclusion.text.required"));
        }
        if (inspection.findings.isEmpty()) {
            unmet.add(new FieldViolation("findings", "inspection.findings.required"));
        }
        return unmet;
    }

    /** The remedies that keep {@code inspection} from being CLOSED: each one still OPEN. */
    static List<FieldViolation> openRemedies(Inspection inspection) {
        List<FieldViolation> open = new ArrayList<>();
        for (int i = 0; i < inspection.remedies.size(); i++) {
            Inspection.Remedy remedy = inspection.remedies.get(i);
            if (remedy.status() == RemedyStatus.OPEN) {
                open.add(new FieldViolation("remedies[" + i + "].status", "inspection.remedy.open", remedy.dueOn()));
            }
        }
        return open;
    }

    /** The statuses a move would be accepted to now: the transition table, less those whose needs are unmet. */
    static List<InspectionStatus> allowedNow(Inspection inspection) {
        return inspection.status.allowedNext().stream().filter(next -> switch (next) {
            case CONCLUDED -> unmetToConclude(inspection).isEmpty();
            case CLOSED -> openRemedies(inspection).isEmpty();
            default -> true;
        }).toList();
    }
}
