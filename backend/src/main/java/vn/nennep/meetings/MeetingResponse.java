package vn.nennep.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nennep.meetings.Meeting.Attendance;
import vn.nennep.meetings.Meeting.Criterion;
import vn.nennep.meetings.Meeting.Opinion;
import vn.nennep.meetings.Meeting.ProcedureStep;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.common.PersonalData;

/**
 * A meeting record. Names (chair, minute-taker, the roll with its reasons, guests, speakers, assignees, the reviewer)
 * are {@link PersonalData}: withheld from callers who may not read them, the counts and the rest staying.
 */
public record MeetingResponse(UUID id, String externalId, UUID branchId, MeetingKind kind, String theme, String topic,
        OffsetDateTime scheduledAt, OffsetDateTime startedAt, OffsetDateTime endedAt, Integer durationMinutes,
        boolean held, @PersonalData String chair, @PersonalData String minuteTaker, Integer membersTotal, Integer present, Integer excused,
        Integer unexcused, Integer exempt, BigDecimal attendanceRate, boolean rollKnown, @PersonalData List<Attendance> attendance,
        @PersonalData(label = "personal.guest") List<String> guests, List<Opinion> opinions, int opinionCount, List<ProcedureStep> procedure,
        String conclusions, List<Task> tasks, Vote vote, Score score, LocalDate draftSentOn,
        LocalDate resolutionReportedOn, boolean pilot, Review review, boolean combined, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Vote(int inFavour, int voters) {
    }

    public record Score(List<Criterion> criteria, int total, ScoreBand band) {
    }

    public record Review(@PersonalData String reviewer, String strengths, String limitations, String remedies,
            String conclusionNoticeNumber) {
    }

    static MeetingResponse of(Meeting m) {
        Vote vote = m.voteVoters == null ? null : new Vote(m.voteInFavour, m.voteVoters);
        Score score = m.scoreCriteria == null ? null : new Score(m.scoreCriteria, m.scoreTotal, m.scoreBand);
        Review review = m.reviewReviewer == null && m.reviewStrengths == null && m.reviewLimitations == null
                && m.reviewRemedies == null && m.reviewNoticeNumber == null ? null
                : new Review(m.reviewReviewer, m.reviewStrengths, m.reviewLimitations, m.reviewRemedies,
                        m.reviewNoticeNumber);
        return new MeetingResponse(m.id, m.externalId, m.branchId, m.kind, m.theme, m.topic, m.scheduledAt,
                m.startedAt, m.endedAt, m.durationMinutes, m.held, m.chair, m.minuteTaker, m.membersTotal, m.present,
                m.excused, m.unexcused, m.exempt, m.attendanceRate, m.attendance != null,
                m.attendance, m.guests, m.opinions, m.opinionCount, m.procedure, m.conclusions,
                m.tasks, vote, score, m.draftSentOn, m.resolutionReportedOn, m.pilot, review, m.combined, m.version,
                m.createdAt, m.updatedAt);
    }
}
