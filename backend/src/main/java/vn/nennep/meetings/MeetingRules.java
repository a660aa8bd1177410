package vn.nennep.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.meetings.Meeting.AttendanceStatus;
import vn.nennep.meetings.Meeting.Criterion;
import vn.nennep.meetings.Meeting.ProcedureStep;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.meetings.Meeting.TaskStatus;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;

/**
 * The rules of a meeting record (DOMAIN §3), a pure function: the request and what was read about its branch in
 * ({@link Context}), every broken rule (each under its field; the sum of the counts under {@code present}) and the
 * derived values out ({@link Verdict}: counts from the roll, duration, attendance rate, score total and band, the
 * checklist and the tasks). No database and no CDI: {@link MeetingContexts} reads the context, {@link MeetingWriter}
 * writes a passed verdict onto the entity, and {@code MeetingRulesTest} checks every rule at its edges.
 */
public final class MeetingRules {

    /**
     * What the rules need to know beyond the request, read beforehand. {@code roster}, {@code steps} and {@code sheet}
     * may be null when the request has no roll, no checklist or no score; {@code ownTaskIds} are the tasks the record
     * already has (kept across edits), {@code carriedTasks} the tasks it carries that another record of the branch
     * holds, {@code branchMeetings} the meetings it reports at that the branch holds; {@code now} is the moment of
     * the check (a meeting held later is refused).
     */
    public record Context(UUID meetingId, Set<UUID> roster, List<String> steps, List<CriterionTemplate> sheet,
            Set<UUID> ownTaskIds, Set<UUID> carriedTasks, Set<UUID> branchMeetings, OffsetDateTime now) {
    }

    /** The record's attendance counts, from its roll or as given. */
    public record Counts(int membersTotal, int present, int excused, int unexcused, int exempt) {
    }

    /**
     * The verdict: the broken rules (none when it passes) and the values derived from the request. {@code counts} null
     * when unknown (not held and none given); a task with a null id is a new one.
     */
    public record Verdict(List<FieldViolation> violations, String theme, boolean held, Counts counts,
            Integer durationMinutes, BigDecimal attendanceRate, List<ProcedureStep> procedure, List<Criterion> score,
            Integer scoreTotal, ScoreBand scoreBand, List<Task> tasks) {

        public boolean passed() {
            return violations.isEmpty();
        }
    }

    private MeetingRules() {
    }

    public static Verdict check(MeetingRequest r, Context c) {
        List<FieldViolation> v = new ArrayList<>();
        boolean thematic = r.kind() == MeetingKind.THEMATIC;
        String theme = Text.blankToNull(r.theme());
        if (thematic && theme == null) {
            v.add(new FieldViolation("theme", "meeting.theme.required"));
        } else if (!thematic && theme != null) {
            v.add(new FieldViolation("theme", "meeting.theme.thematicOnly"));
        }
        if (!thematic && r.draftSentOn() != null) {
            v.add(new FieldViolation("draftSentOn", "meeting.thematicOnly"));
        }
        if (!thematic && r.resolutionReportedOn() != null) {
            v.add(new FieldViolation("resolutionReportedOn", "meeting.thematicOnly"));
        }
        if (r.kind() == MeetingKind.EXTRAORDINARY && Boolean.TRUE.equals(r.combined())) {
            v.add(new FieldViolation("combined", "meeting.combined.notExtraordinary"));
        }
        boolean held = !Boolean.FALSE.equals(r.held());
        if (held && r.startedAt() == null) {
            v.add(new FieldViolation("startedAt", "meeting.startedAt.required"));
        } else if (held && r.startedAt().isAfter(c.now())) {
            v.add(new FieldViolation("startedAt", "meeting.startedAt.future"));
        }
        if (r.endedAt() != null && r.startedAt() != null && r.endedAt().isBefore(r.startedAt())) {
            v.add(new FieldViolation("endedAt", "meeting.endedAt.beforeStart"));
        }
        Counts counts = counts(r, c, held, v);
        List<ProcedureStep> procedure = procedure(r, c, v);
        List<Criterion> score = score(r, c, v);
        List<Task> tasks = tasks(r, c, v);
        if (r.vote() != null) {
            if (r.vote().inFavour() > r.vote().voters()) {
                v.add(new FieldViolation("vote.inFavour", "meeting.vote.inFavour"));
            }
            if (counts != null && r.vote().voters() > counts.present()) {
                v.add(new FieldViolation("vote.voters", "meeting.vote.voters", counts.present()));
            }
        }
        Integer scoreTotal = score == null ? null
                : score.stream().mapToInt(s -> s.points() == null ? 0 : s.points()).sum();
        ScoreBand band = score == null ? null : ScoreBands.band(scoreTotal, score.stream()
                .filter(Criterion::key).allMatch(s -> s.points() != null && s.points() == s.max()));
        return new Verdict(v, theme, held, counts, minutes(r.startedAt(), r.endedAt()),
                counts == null ? null : rate(counts.present(), counts.membersTotal(), counts.exempt()), procedure,
                score, scoreTotal, band, tasks);
    }

    /** Present over members less the exempt, in per cent to one decimal (half up); null when nobody had to attend. */
    static BigDecimal rate(Integer present, Integer total, Integer exempt) {
        if (present == null || total == null) {
            return null;
        }
        int divisor = total - (exempt == null ? 0 : exempt);
        if (divisor <= 0) {
            return null;
        }
        return BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(divisor), 1, RoundingMode.HALF_UP);
    }

    static Integer minutes(OffsetDateTime started, OffsetDateTime ended) {
        return started == null || ended == null ? null : (int) Duration.between(started, ended).toMinutes();
    }

    /** From the roll when there is one; else as given, which must add up; null when unknown. */
    private static Counts counts(MeetingRequest r, Context c, boolean held, List<FieldViolation> v) {
        if (r.attendance() != null) {
            int[] counts = new int[5];
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < r.attendance().size(); i++) {
                var a = r.attendance().get(i);
                if (!c.roster().contains(a.memberId())) {
                    v.add(new FieldViolation("attendance[" + i + "].memberId", "meeting.attendance.notOnRoster",
                            a.memberId()));
                } else if (!seen.add(a.memberId())) {
                    v.add(new FieldViolation("attendance[" + i + "].memberId", "meeting.attendance.duplicate",
                            a.memberId()));
                }
                if (a.status() == AttendanceStatus.EXCUSED && Text.blankToNull(a.reason()) == null) {
                    v.add(new FieldViolation("attendance[" + i + "].reason", "meeting.attendance.reasonRequired"));
                }
                counts[0]++;
                counts[1 + a.status().ordinal()]++;
            }
            return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]);
        }
        if (r.membersTotal() == null && r.present() == null && !held) {
            return null;
        }
        if (r.membersTotal() == null) {
            v.add(new FieldViolation("membersTotal", "meeting.counts.required"));
        }
        if (r.present() == null) {
            v.add(new FieldViolation("present", "meeting.counts.required"));
        }
        if (r.membersTotal() == null || r.present() == null) {
            return null;
        }
        Counts counts = new Counts(r.membersTotal(), r.present(), zero(r.excused()), zero(r.unexcused()),
                zero(r.exempt()));
        if (counts.present() + counts.excused() + counts.unexcused() + counts.exempt() != counts.membersTotal()) {
            v.add(new FieldViolation("present", "meeting.counts.sum", counts.present(), counts.excused(),
                    counts.unexcused(), counts.exempt(), counts.membersTotal()));
        }
        return counts;
    }

    /** The branch's checklist, each step marked done as the request says; a step not on it is refused. */
    private static List<ProcedureStep> procedure(MeetingRequest r, Context c, List<FieldViolation> v) {
        if (r.procedure() == null) {
            return List.of();
        }
        List<String> steps = c.steps();
        Map<String, Boolean> done = new HashMap<>();
        for (int i = 0; i < r.procedure().size(); i++) {
            String step = r.procedure().get(i).step().trim();
            if (!steps.contains(step)) {
                v.add(new FieldViolation("procedure[" + i + "].step", "meeting.procedure.unknownStep"));
            } else {
                done.put(step, r.procedure().get(i).done());
            }
        }
        return steps.stream().map(s -> new ProcedureStep(s, done.getOrDefault(s, false))).toList();
    }

    /** The branch's score sheet with the points given; an unknown or repeated criterion, or points above its max, refused. */
    private static List<Criterion> score(MeetingRequest r, Context c, List<FieldViolation> v) {
        if (r.score() == null) {
            return null;
        }
        List<CriterionTemplate> sheet = c.sheet();
        Map<String, CriterionTemplate> byCode = new HashMap<>();
        sheet.forEach(t -> byCode.put(t.code(), t));
        Map<String, Integer> points = new HashMap<>();
        for (int i = 0; i < r.score().criteria().size(); i++) {
            var given = r.score().criteria().get(i);
            CriterionTemplate criterion = byCode.get(given.code().trim());
            if (criterion == null || points.containsKey(criterion.code())) {
                v.add(new FieldViolation("score.criteria[" + i + "].code", "meeting.score.unknownCriterion",
                        given.code()));
            } else if (given.points() > criterion.max()) {
                v.add(new FieldViolation("score.criteria[" + i + "].points", "meeting.score.aboveMax",
                        criterion.max()));
            } else {
                points.put(criterion.code(), given.points());
            }
        }
        return sheet.stream().map(t -> new Criterion(t.code(), t.name(), t.max(), t.key(), points.get(t.code())))
                .toList();
    }

    /**
     * Tasks keep their ids across edits (an id the record has, once); others are new (a null id). A carried task must
     * be another record's of the branch, a meeting to report at this one or another of the branch.
     */
    private static List<Task> tasks(MeetingRequest r, Context c, List<FieldViolation> v) {
        if (r.tasks() == null) {
            return List.of();
        }
        Set<UUID> used = new HashSet<>();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < r.tasks().size(); i++) {
            var t = r.tasks().get(i);
            UUID id = t.id() != null && c.ownTaskIds().contains(t.id()) && used.add(t.id()) ? t.id() : null;
            if (t.carriedFromTaskId() != null && !c.carriedTasks().contains(t.carriedFromTaskId())) {
                v.add(new FieldViolation("tasks[" + i + "].carriedFromTaskId", "meeting.task.carriedNotFound",
                        t.carriedFromTaskId()));
            }
            if (t.reportAtMeetingId() != null && !t.reportAtMeetingId().equals(c.meetingId())
                    && !c.branchMeetings().contains(t.reportAtMeetingId())) {
                v.add(new FieldViolation("tasks[" + i + "].reportAtMeetingId", "meeting.task.meetingNotFound",
                        t.reportAtMeetingId()));
            }
            tasks.add(new Task(id, t.title().trim(), Text.blankToNull(t.assigneeName()), t.dueOn(),
                    t.reportAtMeetingId(), t.status() == null ? TaskStatus.OPEN : t.status(), t.carriedFromTaskId()));
        }
        return tasks;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
