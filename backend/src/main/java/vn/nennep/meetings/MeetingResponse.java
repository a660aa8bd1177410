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
import vn.nennep.resolutions.MeetingKind;

/** A meeting record. {@code attendance} is null for callers who may not read member names (the counts stay). */
public record MeetingResponse(UUID id, String externalId, UUID branchId, MeetingKind kind, String theme, String topic,
        OffsetDateTime scheduledAt, OffsetDateTime startedAt, OffsetDateTime endedAt, Integer durationMinutes,
        boolean held, String chair, String minuteTaker, Integer membersTotal, Integer present, Integer excused,
        Integer unexcused, Integer exempt, BigDecimal attendanceRate, boolean rollKnown, List<Attendance> attendance,
        List<String> guests, List<Opinion> opinions, int opinionCount, List<ProcedureStep> procedure,
        String conclusions, List<Task> tasks, Vote vote, Score score, LocalDate draftSentOn,
        LocalDate resolutionReportedOn, boolean pilot, Review review, boolean combined, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Vote(int inFavour, int voters) {
    }

    public record Score(List<Criterion> criteria, int total, ScoreBand band) {
    }

    public record Review(String reviewer, String strengths, String limitations, String remedies,
            String conclusionNoticeNumber) {
    }

    static MeetingResponse of(Meeting m, boolean names) {
        Vote vote = m.voteVoters == null ? null : new Vote(m.voteInFavour, m.voteVoters);
        Score score = m.scoreCriteria == null ? null : new Score(m.scoreCriteria, m.scoreTotal, m.scoreBand);
        Review review = m.reviewReviewer == null && m.reviewStrengths == null && m.reviewLimitations == null
                && m.reviewRemedies == null && m.reviewNoticeNumber == null ? null
                : new Review(m.reviewReviewer, m.reviewStrengths, m.reviewLimitations, m.reviewRemedies,
                        m.reviewNoticeNumber);
        return new MeetingResponse(m.id, m.externalId, m.branchId, m.kind, m.theme, m.topic, m.scheduledAt,
                m.startedAt, m.endedAt, m.durationMinutes, m.held, m.chair, m.minuteTaker, m.membersTotal, m.present,
                m.excused, m.unexcused, m.exempt, m.attendanceRate, m.attendance != null,
                names ? m.attendance : null, m.guests, m.opinions, m.opinionCount, m.procedure, m.conclusions,
                m.tasks, vote, score, m.draftSentOn, m.resolutionReportedOn, m.pilot, review, m.combined, m.version,
                m.createdAt, m.updatedAt);
    }
}
