package vn.nennep.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import vn.nennep.common.AuditedEntity;
import vn.nennep.common.Text;
import vn.nennep.common.PersonalData;

/**
 * One meeting of a branch (biên bản sinh hoạt chi bộ): when, who came, what was said, decided and assigned, and how
 * well it went. Counts, duration, rate, opinion count and score are stored (derived on write) so reports can query
 * them; the lists (roll, opinions, checklist, tasks, score sheet) are JSON arrays on the record.
 */
@Entity
@Table(name = "meetings")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
public class Meeting extends AuditedEntity {

    @Column(name = "branch_id")
    public UUID branchId;

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    public String theme;
    public String topic;

    /** Theme and topic folded ({@link #searchTextOf}): what q= searches, through a trigram index. Not audited. */
    @NotAudited
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "scheduled_at")
    public OffsetDateTime scheduledAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    public boolean held;
    public String chair;

    @Column(name = "minute_taker")
    public String minuteTaker;

    @Column(name = "members_total")
    public Integer membersTotal;

    public Integer present;
    public Integer excused;
    public Integer unexcused;
    public Integer exempt;

    @Column(name = "attendance_rate")
    public BigDecimal attendanceRate;

    /** The roll, or null when only counts are known (a record copied from a paper book). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Attendance> attendance;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> guests = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Opinion> opinions = new ArrayList<>();

    @Column(name = "opinion_count")
    public int opinionCount;

    @Column(name = "procedure_steps")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProcedureStep> procedure = new ArrayList<>();

    public String conclusions;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Task> tasks = new ArrayList<>();

    @Column(name = "vote_in_favour")
    public Integer voteInFavour;

    @Column(name = "vote_voters")
    public Integer voteVoters;

    @Column(name = "score_criteria")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> scoreCriteria;

    @Column(name = "score_total")
    public Integer scoreTotal;

    @Column(name = "score_band")
    @Enumerated(EnumType.STRING)
    public ScoreBand scoreBand;

    @Column(name = "draft_sent_on")
    public LocalDate draftSentOn;

    @Column(name = "resolution_reported_on")
    public LocalDate resolutionReportedOn;

    public boolean pilot;

    /** A regular meeting held together with the thematic one: its duration must reach the combined threshold. */
    public boolean combined;

    @Column(name = "review_reviewer")
    public String reviewReviewer;

    @Column(name = "review_strengths")
    public String reviewStrengths;

    @Column(name = "review_limitations")
    public String reviewLimitations;

    @Column(name = "review_remedies")
    public String reviewRemedies;

    @Column(name = "review_notice_number")
    public String reviewNoticeNumber;

    public enum AttendanceStatus { PRESENT, EXCUSED, UNEXCUSED, EXEMPT }

    public enum OpinionArea { ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, PARTY_BUILDING }

    public enum TaskStatus { OPEN, DONE, CANCELLED }

    public record Attendance(UUID memberId, AttendanceStatus status, String reason) {
    }

    public record Opinion(@PersonalData String speaker, OpinionArea area, String summary) {
    }

    public record ProcedureStep(String step, boolean done) {
    }

    /** A task assigned at this meeting; {@code carriedFromTaskId} names the unfinished task of an earlier meeting it continues. */
    public record Task(UUID id, String title, @PersonalData String assigneeName, LocalDate dueOn, UUID reportAtMeetingId,
            TaskStatus status, UUID carriedFromTaskId) {

        Task withStatus(TaskStatus newStatus) {
            return new Task(id, title, assigneeName, dueOn, reportAtMeetingId, newStatus, carriedFromTaskId);
        }
    }

    /** A line of the score sheet: the template's criterion and the points given (null = not scored). */
    public record Criterion(String code, String name, int max, boolean key, Integer points) {
    }

    /**
     * What a list's q= is matched against: theme and topic, lower case without diacritics. Folded here, once per write,
     * rather than by the index for every record: an import of 100,000 records spent 0.4-0.6 s of the database's time
     * folding them (V13 migration).
     */
    public static String searchTextOf(String theme, String topic) {
        return Text.fold((theme == null ? "" : theme) + " " + (topic == null ? "" : topic));
    }
}
