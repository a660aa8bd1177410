package vn.nennep.studies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A study session as the API shows it: its fields, its plan's and document's numbers, the figures derived from its
 * counts ({@link SessionRules}) and its remarks counted by kind. No personal data: the presenter is a public
 * office-holder.
 */
public record StudySessionResponse(UUID id, String externalId, UUID studyPlanId, String studyPlanNumber,
        UUID resolutionId, String resolutionNumber, UUID organizationId, SessionOrganizerKind organizerKind,
        String organizerName, StudyPlanAudience audience, SessionFormat format, String title, String place,
        String presenterName, OffsetDateTime startsAt, OffsetDateTime endsAt, Integer inPersonExpected,
        Integer inPersonAttended, List<StudySession.BridgePoint> bridgePoints, int bridgePointCount,
        int onlineExpected, int onlineAttended, int expectedTotal, int attendedTotal, int walkIns,
        BigDecimal participationRate, RemarkCounts remarkCounts, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The session's remarks by kind, every kind present. */
    public record RemarkCounts(@JsonProperty("LATE") int late,
            @JsonProperty("INCOMPLETE_ATTENDANCE") int incompleteAttendance,
            @JsonProperty("NOT_SERIOUS") int notSerious,
            @JsonProperty("ABSENT_WITHOUT_LEAVE") int absentWithoutLeave,
            @JsonProperty("PRAISED") int praised) {

        static RemarkCounts of(Map<RemarkKind, Integer> counts) {
            return new RemarkCounts(counts.getOrDefault(RemarkKind.LATE, 0),
                    counts.getOrDefault(RemarkKind.INCOMPLETE_ATTENDANCE, 0),
                    counts.getOrDefault(RemarkKind.NOT_SERIOUS, 0),
                    counts.getOrDefault(RemarkKind.ABSENT_WITHOUT_LEAVE, 0),
                    counts.getOrDefault(RemarkKind.PRAISED, 0));
        }
    }

    static StudySessionResponse of(StudySession s, SessionPlans.Plan plan, Map<RemarkKind, Integer> remarks) {
        SessionRules.Figures f = SessionRules.figures(s);
        return new StudySessionResponse(s.id, s.externalId, s.studyPlanId, plan == null ? null : plan.number(),
                plan == null ? null : plan.resolutionId(), plan == null ? null : plan.resolutionNumber(),
                s.organizationId, s.organizerKind, s.organizerName, s.audience, s.format, s.title, s.place,
                s.presenterName, s.startsAt, s.endsAt, s.inPersonExpected, s.inPersonAttended, s.bridgePoints,
                f.bridgePointCount(), f.onlineExpected(), f.onlineAttended(), f.expectedTotal(), f.attendedTotal(),
                f.walkIns(), s.participationRate, RemarkCounts.of(remarks), s.version, s.createdAt, s.updatedAt);
    }
}
