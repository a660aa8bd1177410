package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.PersonalData;

/**
 * The attendance rule reported per meeting: no unexcused absence at the meeting, and no member excused more than 3
 * times in a row in a year. Streaks are counted in SQL over the rolls of the branch's held meetings in the meeting's
 * local calendar year (Asia/Ho_Chi_Minh) up to and including it, in order of start; any other status on a member's
 * roll line (present, unexcused, exempt) ends that member's streak. Records without a roll count no streaks.
 */
@ApplicationScoped
public class AttendanceRuleService {

    /** Streaks longer than this break the rule. */
    static final int MAX_EXCUSED_IN_A_ROW = 3;

    private static final String STREAKS = """
            with this as (
                select m.id, m.branch_id, coalesce(m.started_at, m.scheduled_at, m.created_at) as at,
                       date_trunc('year', coalesce(m.started_at, m.scheduled_at, m.created_at)
                                          at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh' as year_start
                from meetings m where m.id = :id
            ),
            lines as (
                select m.id, m.started_at, a.value ->> 'memberId' as member_id, a.value ->> 'status' as status
                from this t
                join meetings m on m.branch_id = t.branch_id and m.held and m.started_at is not null
                               and m.started_at >= t.year_start and (m.started_at < t.at or m.id = t.id
                                   or m.started_at = t.at and m.id < t.id)
                cross join lateral jsonb_array_elements(coalesce(m.attendance, '[]'::jsonb)) a
            ),
            islands as (
                select member_id, status,
                       row_number() over (partition by member_id order by started_at, id)
                       - row_number() over (partition by member_id, status order by started_at, id) as island
                from lines
            )
            select member_id
            from islands
            where status = 'EXCUSED'
            group by member_id, island
            having count(*) > :max
            """;

    private final MeetingService meetings;
    private final EntityManager em;

    public AttendanceRuleService(MeetingService meetings, EntityManager em) {
        this.meetings = meetings;
        this.em = em;
    }

    /**
     * The verdict; {@code membersExcusedMoreThan3InARow} (member ids) only for callers who may read names, the count
     * for everyone.
     */
    public record AttendanceRule(UUID meetingId, int unexcusedAbsences,
            @PersonalData List<UUID> membersExcusedMoreThan3InARow,
            int membersExcusedMoreThan3InARowCount, boolean passed) {
    }

    public AttendanceRule get(UUID id) {
        meetings.requireReadable(id);
        Meeting meeting = Meeting.findById(id);
        List<?> rows = em.createNativeQuery(STREAKS).setParameter("id", id)
                .setParameter("max", MAX_EXCUSED_IN_A_ROW).getResultList();
        List<UUID> members = new ArrayList<>(rows.stream().map(r -> UUID.fromString((String) r)).distinct()
                .sorted().toList());
        int unexcused = meeting.unexcused == null ? 0 : meeting.unexcused;
        return new AttendanceRule(id, unexcused, members, members.size(),
                unexcused == 0 && members.isEmpty());
    }
}
