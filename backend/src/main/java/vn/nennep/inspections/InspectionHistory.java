package vn.nennep.inspections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.nennep.audit.HistoryDiff;

/**
 * An inspection's state as API fields, for its history and to tell an edit that changes nothing: the team, the
 * findings, the conclusion and the remedies field by field ({@code team[0].position}, {@code findings[1].rating},
 * {@code conclusion.number}, {@code remedies[2].status}).
 */
final class InspectionHistory {

    private InspectionHistory() {
    }

    static Map<String, Object> state(Inspection i) {
        List<Object> fields = new ArrayList<>(Arrays.asList("organizationId", i.organizationId, "kind", i.kind,
                "planNumber", i.planNumber, "title", i.title, "status", i.status,
                "subjectOrganizationIds", i.subjectOrganizationIds, "resolutionIds", i.resolutionIds,
                "plannedFrom", i.plannedFrom, "plannedTo", i.plannedTo, "startedOn", i.startedOn,
                "endedOn", i.endedOn));
        List<Inspection.TeamMember> team = i.team == null ? List.of() : i.team;
        for (int n = 0; n < team.size(); n++) {
            Inspection.TeamMember m = team.get(n);
            String at = "team[" + n + "].";
            fields.addAll(Arrays.asList(at + "fullName", m.fullName(), at + "position", m.position(),
                    at + "role", m.role()));
        }
        List<Inspection.Finding> findings = i.findings == null ? List.of() : i.findings;
        for (int n = 0; n < findings.size(); n++) {
            Inspection.Finding f = findings.get(n);
            String at = "findings[" + n + "].";
            fields.addAll(Arrays.asList(at + "area", f.area(), at + "organizationId", f.organizationId(),
                    at + "rating", f.rating(), at + "text", f.text()));
        }
        fields.addAll(Arrays.asList("conclusion.number", i.conclusionNumber, "conclusion.issuedOn",
                i.conclusionIssuedOn, "conclusion.text", i.conclusionText));
        List<Inspection.Remedy> remedies = i.remedies == null ? List.of() : i.remedies;
        for (int n = 0; n < remedies.size(); n++) {
            Inspection.Remedy r = remedies.get(n);
            String at = "remedies[" + n + "].";
            fields.addAll(Arrays.asList(at + "organizationId", r.organizationId(), at + "text", r.text(),
                    at + "dueOn", r.dueOn(), at + "status", r.status(), at + "doneOn", r.doneOn(),
                    at + "waivedReason", r.waivedReason()));
        }
        fields.addAll(Arrays.asList("closedOn", i.closedOn, "externalId", i.externalId));
        return HistoryDiff.state(fields.toArray());
    }
}
