package vn.nennep.reviews;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.PersonalData;
import vn.nennep.meetings.ScoreBand;
import vn.nennep.organizations.OrganizationType;

/**
 * {@code /reports/yearly-review}: the year's evidence for the review and rating of an organization, those below it
 * and, for a branch, its members. Members' names are personal data.
 */
public record YearlyReview(UUID organizationId, String organizationName, int year, LocalDate asOf,
        List<Organization> organizations, List<Member> members) {

    /** One organization's year; also one line of the organizations' CSV. */
    public record Organization(UUID organizationId, String organizationName, OrganizationType type, UUID parentId,
            long meetingsHeld, long regularHeld, long thematicHeld, BigDecimal averageAttendanceRate,
            QuarterBands bands, long studySessionsHeld, RemarkCounts remarks, ActionPlanOutcomes actionPlans,
            FindingCounts findings, long remediesOpen, long remediesOverdue) {
    }

    /** The scorecard's band per quarter; null when no meeting of the quarter was scored. */
    public record QuarterBands(@JsonProperty("Q1") ScoreBand q1, @JsonProperty("Q2") ScoreBand q2,
            @JsonProperty("Q3") ScoreBand q3, @JsonProperty("Q4") ScoreBand q4) {
    }

    public record ActionPlanOutcomes(long onTime, long late, long missing, long notDue) {
    }

    /** One member of the branch's roster; also one line of the members' CSV. */
    public record Member(UUID memberId, @PersonalData String fullName, long meetingsAttended, long meetingsExcused,
            long meetingsUnexcused, RemarkCounts remarks, long tasksAssigned, long tasksDone) {
    }
}
