package vn.nennep.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.nennep.meetings.Meeting;
import vn.nennep.meetings.MeetingService;

/**
 * The attendance rule reported per meeting: no unexcused absence at the meeting, and no member excused more than 3
 * times in a row in a year. Streaks are counted in SQL ({@code attendance-streaks.sql}) over the rolls of the branch's
 * held meetings in the meeting's local calendar year (Asia/Ho_Chi_Minh) up to and including it, in order of start;
 * any other status on a member's roll line (present, unexcused, exempt) ends that member's streak. Records without a
 * roll count no streaks.
 */
@ApplicationScoped
public class AttendanceRuleService {

    /** Streaks longer than this break the rule. */
    static final int MAX_EXCUSED_IN_A_ROW = 3;

    private final MeetingService meetings;
    private final EvaluationQueries queries;
    private final EntityManager em;

    public AttendanceRuleService(MeetingService meetings, EvaluationQueries queries, EntityManager em) {
        this.meetings = meetings;
        this.queries = queries;
        this.em = em;
    }

    public AttendanceRule get(UUID id) {
        meetings.requireReadable(id);
        Meeting meeting = Meeting.findById(id);
        List<?> rows = em.createNativeQuery(queries.attendanceStreaks()).setParameter("id", id)
                .setParameter("max", MAX_EXCUSED_IN_A_ROW).getResultList();
        List<UUID> members = rows.stream().map(r -> UUID.fromString((String) r)).distinct().sorted().toList();
        int unexcused = meeting.unexcused == null ? 0 : meeting.unexcused;
        return new AttendanceRule(id, unexcused, members, members.size(), unexcused == 0 && members.isEmpty());
    }
}
