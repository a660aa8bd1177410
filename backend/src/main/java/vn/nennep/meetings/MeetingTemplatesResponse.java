package vn.nennep.meetings;

import java.util.List;
import java.util.UUID;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;

/**
 * The checklist and score sheet an organization's meeting records are checked against, each with the organization that
 * set it (null: the default), and the version of the organization's own templates (0 while it has none).
 */
public record MeetingTemplatesResponse(UUID organizationId, List<String> procedure, UUID procedureFromId,
        String procedureFromName, List<CriterionTemplate> criteria, UUID criteriaFromId, String criteriaFromName,
        long version) {
}
