package vn.nennep.inspections;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An inspection as the API shows it: {@code subjectNames} name the subjects in order; {@code openRemedies} and
 * {@code overdueRemedies} count its remedies (overdue in Asia/Ho_Chi_Minh); {@code allowedTransitions} are the
 * statuses POST /status would accept now. The team's names are public office-holders', not personal data.
 */
public record InspectionResponse(UUID id, String externalId, UUID organizationId, InspectionKind kind,
        String planNumber, String title, List<UUID> subjectOrganizationIds, List<String> subjectNames,
        List<UUID> resolutionIds, List<Inspection.TeamMember> team, LocalDate plannedFrom, LocalDate plannedTo,
        LocalDate startedOn, LocalDate endedOn, InspectionStatus status, List<InspectionStatus> allowedTransitions,
        List<Inspection.Finding> findings, Conclusion conclusion, List<Inspection.Remedy> remedies, LocalDate closedOn,
        int openRemedies, int overdueRemedies, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Conclusion(String number, LocalDate issuedOn, String text) {
    }

    static InspectionResponse of(Inspection i, List<String> subjectNames, List<InspectionStatus> allowed,
            LocalDate today) {
        Conclusion conclusion = i.conclusionNumber == null && i.conclusionIssuedOn == null && i.conclusionText == null
                ? null : new Conclusion(i.conclusionNumber, i.conclusionIssuedOn, i.conclusionText);
        return new InspectionResponse(i.id, i.externalId, i.organizationId, i.kind, i.planNumber, i.title,
                List.copyOf(i.subjectOrganizationIds), subjectNames, List.copyOf(i.resolutionIds),
                List.copyOf(i.team), i.plannedFrom, i.plannedTo, i.startedOn, i.endedOn, i.status, allowed,
                List.copyOf(i.findings), conclusion, List.copyOf(i.remedies), i.closedOn, i.openRemedies(),
                i.overdueRemedies(today), i.version, i.createdAt, i.updatedAt);
    }
}
