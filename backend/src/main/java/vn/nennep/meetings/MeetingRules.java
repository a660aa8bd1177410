package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.meetings.Meeting.Attendance;
import vn.nennep.meetings.Meeting.AttendanceStatus;
import vn.nennep.meetings.Meeting.Criterion;
import vn.nennep.meetings.Meeting.Opinion;
import vn.nennep.meetings.Meeting.ProcedureStep;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.meetings.Meeting.TaskStatus;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;
import vn.nennep.members.Member;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * Checks a meeting record against the rules of DOMAIN §3 and, when it passes, writes it onto the entity with its
 * derived values (counts from the roll, duration, attendance rate, opinion count, score total and band). Every broken
 * rule is reported at once, each under its field; the sum of the counts under {@code present}.
 */
@ApplicationScoped
public class MeetingRules {

    private final Access access;
    private final MeetingTemplates templates;

    public MeetingRules(Access access, MeetingTemplates templates) {
        this.access = access;
        this.templates = templates;
    }

    /**
     * The branch a record belongs to and what the rules read about it (its roster, its checklist and score sheet),
     * each read when first needed and then kept: once per request for the API, once per branch for the demo data.
     */
    public final class Branch {

        private final Organization organization;
        private Set<UUID> roster;
        private List<String> steps;
        private List<CriterionTemplate> sheet;

        private Branch(Organization organization) {
            this.organization = organization;
        }

        public Organization organization() {
            return organization;
        }

        Set<UUID> roster() {
            if (roster == null) {
                roster = rosters(List.of(organization.id)).getOrDefault(organization.id, new HashSet<>());
            }
            return roster;
        }

        public List<String> steps() {
            if (steps == null) {
                steps = templates.procedure(organization);
            }
            return steps;
        }

        public List<CriterionTemplate> sheet() {
            if (sheet == null) {
                sheet = templates.score(organization);
            }
            return sheet;
        }
    }

    /**
     * All that the rules may read of these branches, read now and at once: their rosters in one query, the templates
     * once (a bulk import meets hundreds of branches in its first rows; one by one, that was four queries each). Then
     * checking their records needs the database only for tasks.
     */
    public void readAll(Collection<Branch> branches) {
        if (branches.isEmpty()) {
            return;
        }
        Map<UUID, Set<UUID>> rosters = rosters(branches.stream().map(b -> b.organization.id).toList());
        MeetingTemplates.Nearest<List<String>> procedures = templates.procedures();
        MeetingTemplates.Nearest<List<CriterionTemplate>> scores = templates.scores();
        for (Branch branch : branches) {
            branch.roster = rosters.getOrDefault(branch.organization.id, new HashSet<>());
            branch.steps = procedures.of(branch.organization);
            branch.sheet = scores.of(branch.organization);
        }
    }

    /** The members of these organizations, by organization; one query. */
    private static Map<UUID, Set<UUID>> rosters(List<UUID> organizations) {
        Map<UUID, Set<UUID>> rosters = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> members = Member.getEntityManager().createNativeQuery("select organization_id, id from members"
                + " where organization_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", organizations.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        members.forEach(row -> rosters.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[1]));
        return rosters;
    }

    /**
     * Whether checking this request reads the database beyond its {@link Branch} (a task naming an earlier task or the
     * meeting where it is reported): a bulk import checks such rows before it starts streaming rows to the database.
     */
    public static boolean readsDatabase(MeetingRequest r) {
        return r.tasks() != null && r.tasks().stream().anyMatch(t -> t != null
                && (t.carriedFromTaskId() != null || t.reportAtMeetingId() != null));
    }

    /** The branch of that id; 422 on {@code branchId} when there is none or it is no branch. */
    public Branch branch(UUID id) {
        Organization branch = Organization.findById(id);
        if (branch == null) {
            throw new Unprocessable("branchId", "meeting.branch.notFound", id);
        }
        if (branch.type != OrganizationType.BRANCH) {
            throw new Unprocessable("branchId", "meeting.branch.notBranch", branch.type);
        }
        return new Branch(branch);
    }

    /** The branch holder for an organization already read (bulk import reads a chunk's branches in one query). */
    public Branch branch(Organization organization) {
        if (organization.type != OrganizationType.BRANCH) {
            throw new Unprocessable("branchId", "meeting.branch.notBranch", organization.type);
        }
        return new Branch(organization);
    }

    public void apply(Meeting m, MeetingRequest r) {
        Branch branch = branch(r.branchId());
        access.requireRosterWrite(branch.organization);
        write(m, r, branch);
    }

    /**
     * The same rules for a record the system writes itself, with no caller whose rights to check: the demo data
     * loaded at start-up ({@code vn.nennep.demo.DemoMeetings}), which thus holds only records the API would accept.
     * {@code branch} (from {@link #branch}) is reused across the branch's records.
     */
    public void applyAsSystem(Meeting m, MeetingRequest r, Branch branch) {
        if (!branch.organization.id.equals(r.branchId())) {
            throw new IllegalArgumentException("a record of branch " + r.branchId() + " checked against another");
        }
        write(m, r, branch);
    }

    private void write(Meeting m, MeetingRequest r, Branch branch) {
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
        } else if (held && r.startedAt().isAfter(Time.now())) {
            v.add(new FieldViolation("startedAt", "meeting.startedAt.future"));
        }
        if (r.endedAt() != null && r.startedAt() != null && r.endedAt().isBefore(r.startedAt())) {
            v.add(new FieldViolation("endedAt", "meeting.endedAt.beforeStart"));
        }
        int[] counts = counts(r, branch, held, v);
        List<ProcedureStep> procedure = procedure(r, branch, v);
        List<Criterion> score = score(r, branch, v);
        List<Task> tasks = tasks(m, r, v);
        if (r.vote() != null) {
            if (r.vote().inFavour() > r.vote().voters()) {
                v.add(new FieldViolation("vote.inFavour", "meeting.vote.inFavour"));
            }
            if (counts != null && r.vote().voters() > counts[1]) {
                v.add(new FieldViolation("vote.voters", "meeting.vote.voters", counts[1]));
            }
        }
        if (!v.isEmpty()) {
            throw new Unprocessable(v);
        }
        m.branchId = branch.organization.id;
        m.kind = r.kind();
        m.theme = theme;
        m.topic = Text.blankToNull(r.topic());
        m.searchText = Meeting.searchTextOf(m.theme, m.topic);
        m.scheduledAt = r.scheduledAt();
        m.startedAt = r.startedAt();
        m.endedAt = r.endedAt();
        m.durationMinutes = MeetingService.minutes(r.startedAt(), r.endedAt());
        m.held = held;
        m.chair = Text.blankToNull(r.chair());
        m.minuteTaker = Text.blankToNull(r.minuteTaker());
        m.attendance = r.attendance() == null ? null : r.attendance().stream()
                .map(a -> new Attendance(a.memberId(), a.status(), Text.blankToNull(a.reason()))).toList();
        m.membersTotal = counts == null ? null : counts[0];
        m.present = counts == null ? null : counts[1];
        m.excused = counts == null ? null : counts[2];
        m.unexcused = counts == null ? null : counts[3];
        m.exempt = counts == null ? null : counts[4];
        m.attendanceRate = MeetingService.rate(m.present, m.membersTotal, m.exempt);
        m.guests = r.guests() == null ? List.of() : r.guests().stream().map(String::trim).toList();
        m.opinions = r.opinions() == null ? List.of() : r.opinions().stream()
                .map(o -> new Opinion(o.speaker().trim(), o.area(), Text.blankToNull(o.summary()))).toList();
        m.opinionCount = m.opinions.size();
        m.procedure = procedure;
        m.conclusions = Text.blankToNull(r.conclusions());
        m.tasks = tasks;
        m.voteInFavour = r.vote() == null ? null : r.vote().inFavour();
        m.voteVoters = r.vote() == null ? null : r.vote().voters();
        m.scoreCriteria = score;
        m.scoreTotal = score == null ? null : score.stream().mapToInt(c -> c.points() == null ? 0 : c.points()).sum();
        m.scoreBand = score == null ? null : ScoreBands.band(m.scoreTotal, score.stream()
                .filter(Criterion::key).allMatch(c -> c.points() != null && c.points() == c.max()));
        m.draftSentOn = r.draftSentOn();
        m.resolutionReportedOn = r.resolutionReportedOn();
        m.pilot = Boolean.TRUE.equals(r.pilot());
        m.combined = Boolean.TRUE.equals(r.combined());
        var review = r.review();
        m.reviewReviewer = review == null ? null : Text.blankToNull(review.reviewer());
        m.reviewStrengths = review == null ? null : Text.blankToNull(review.strengths());
        m.reviewLimitations = review == null ? null : Text.blankToNull(review.limitations());
        m.reviewRemedies = review == null ? null : Text.blankToNull(review.remedies());
        m.reviewNoticeNumber = review == null ? null : Text.blankToNull(review.conclusionNoticeNumber());
        m.externalId = Text.blankToNull(r.externalId());
    }

    /** {membersTotal, present, excused, unexcused, exempt}: from the roll when there is one; null when unknown. */
    private static int[] counts(MeetingRequest r, Branch branch, boolean held, List<FieldViolation> v) {
        if (r.attendance() != null) {
            Set<UUID> roster = branch.roster();
            int[] counts = new int[5];
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < r.attendance().size(); i++) {
                var a = r.attendance().get(i);
                if (!roster.contains(a.memberId())) {
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
            return counts;
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
        int[] counts = {r.membersTotal(), r.present(), zero(r.excused()), zero(r.unexcused()), zero(r.exempt())};
        if (counts[1] + counts[2] + counts[3] + counts[4] != counts[0]) {
            v.add(new FieldViolation("present", "meeting.counts.sum", counts[1], counts[2], counts[3], counts[4],
                    counts[0]));
        }
        return counts;
    }

    private static List<ProcedureStep> procedure(MeetingRequest r, Branch branch, List<FieldViolation> v) {
        if (r.procedure() == null) {
            return List.of();
        }
        List<String> steps = branch.steps();
        Map<String, Boolean> done = new HashMap<>();
        if (r.procedure() != null) {
            for (int i = 0; i < r.procedure().size(); i++) {
                String step = r.procedure().get(i).step().trim();
                if (!steps.contains(step)) {
                    v.add(new FieldViolation("procedure[" + i + "].step", "meeting.procedure.unknownStep"));
                } else {
                    done.put(step, r.procedure().get(i).done());
                }
            }
        }
        return steps.stream().map(s -> new ProcedureStep(s, done.getOrDefault(s, false))).toList();
    }

    private static List<Criterion> score(MeetingRequest r, Branch branch, List<FieldViolation> v) {
        if (r.score() == null) {
            return null;
        }
        List<CriterionTemplate> sheet = branch.sheet();
        Map<String, CriterionTemplate> byCode = new HashMap<>();
        sheet.forEach(c -> byCode.put(c.code(), c));
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
        return sheet.stream().map(c -> new Criterion(c.code(), c.name(), c.max(), c.key(), points.get(c.code())))
                .toList();
    }

    /** Tasks keep their ids across edits; new ones get fresh ids. Carried and reported-at references are checked. */
    private static List<Task> tasks(Meeting m, MeetingRequest r, List<FieldViolation> v) {
        if (r.tasks() == null) {
            return List.of();
        }
        Set<UUID> own = new HashSet<>(MeetingService.byId(m.tasks == null ? List.of() : m.tasks).keySet());
        Set<UUID> used = new HashSet<>();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < r.tasks().size(); i++) {
            var t = r.tasks().get(i);
            UUID id = t.id() != null && own.contains(t.id()) && used.add(t.id()) ? t.id() : UUID.randomUUID();
            if (t.carriedFromTaskId() != null && !taskOfBranch(r.branchId(), t.carriedFromTaskId(), m.id)) {
                v.add(new FieldViolation("tasks[" + i + "].carriedFromTaskId", "meeting.task.carriedNotFound",
                        t.carriedFromTaskId()));
            }
            if (t.reportAtMeetingId() != null && !t.reportAtMeetingId().equals(m.id)
                    && Meeting.count("id = ?1 and branchId = ?2", t.reportAtMeetingId(), r.branchId()) == 0) {
                v.add(new FieldViolation("tasks[" + i + "].reportAtMeetingId", "meeting.task.meetingNotFound",
                        t.reportAtMeetingId()));
            }
            tasks.add(new Task(id, t.title().trim(), Text.blankToNull(t.assigneeName()), t.dueOn(),
                    t.reportAtMeetingId(), t.status() == null ? TaskStatus.OPEN : t.status(), t.carriedFromTaskId()));
        }
        return tasks;
    }

    private static boolean taskOfBranch(UUID branchId, UUID taskId, UUID except) {
        return Meeting.getEntityManager().createNativeQuery("select 1 from meetings where branch_id = :branch"
                + " and id <> :except and tasks @> cast(:probe as jsonb)")
                .setParameter("branch", branchId).setParameter("except", except)
                .setParameter("probe", "[{\"id\": \"" + taskId + "\"}]").getResultList().size() > 0;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
