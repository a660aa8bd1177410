package vn.nennep.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.meetings.Meeting.Attendance;
import vn.nennep.meetings.Meeting.Opinion;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.meetings.MeetingContexts.Branch;
import vn.nennep.organizations.Organization;

/**
 * Writes a meeting request onto its entity once {@link MeetingRules} pass it, with the derived values (counts from the
 * roll, duration, attendance rate, opinion count, score total and band); 422 with every broken rule otherwise. The
 * context the rules need is read by {@link MeetingContexts}.
 */
@ApplicationScoped
public class MeetingWriter {

    private final Access access;
    private final MeetingContexts contexts;

    public MeetingWriter(Access access, MeetingContexts contexts) {
        this.access = access;
        this.contexts = contexts;
    }

    /** The branch of that id, to check its records against; 422 on {@code branchId} when there is none. */
    public Branch branch(UUID id) {
        return contexts.branch(id);
    }

    /** The branch holder for an organization already read (the demo data reads its branches at once). */
    public Branch branch(Organization organization) {
        return contexts.branch(organization);
    }

    /** A request from the API: its branch read and the caller's right to write its records checked first. */
    public void apply(Meeting m, MeetingRequest r) {
        Branch branch = contexts.branch(r.branchId());
        access.requireRosterWrite(branch.organization());
        write(m, r, branch);
    }

    /**
     * The same rules for a record the system writes itself, with no caller whose rights to check (the demo data
     * loaded at start-up, {@code vn.nennep.demo.DemoMeetings}, which thus holds only records the API would accept), or
     * whose rights were checked per branch (a bulk import). {@code branch} is reused across the branch's records.
     */
    public void applyAsSystem(Meeting m, MeetingRequest r, Branch branch) {
        if (!branch.organization().id.equals(r.branchId())) {
            throw new IllegalArgumentException("a record of branch " + r.branchId() + " checked against another");
        }
        write(m, r, branch);
    }

    private void write(Meeting m, MeetingRequest r, Branch branch) {
        MeetingRules.Verdict verdict = MeetingRules.check(r, contexts.context(m, r, branch));
        if (!verdict.passed()) {
            throw new Unprocessable(verdict.violations());
        }
        MeetingRules.Counts counts = verdict.counts();
        m.branchId = branch.organization().id;
        m.kind = r.kind();
        m.theme = verdict.theme();
        m.topic = Text.blankToNull(r.topic());
        m.searchText = Meeting.searchTextOf(m.theme, m.topic);
        m.scheduledAt = r.scheduledAt();
        m.startedAt = r.startedAt();
        m.endedAt = r.endedAt();
        m.durationMinutes = verdict.durationMinutes();
        m.held = verdict.held();
        m.chair = Text.blankToNull(r.chair());
        m.minuteTaker = Text.blankToNull(r.minuteTaker());
        m.attendance = r.attendance() == null ? null : r.attendance().stream()
                .map(a -> new Attendance(a.memberId(), a.status(), Text.blankToNull(a.reason()))).toList();
        m.membersTotal = counts == null ? null : counts.membersTotal();
        m.present = counts == null ? null : counts.present();
        m.excused = counts == null ? null : counts.excused();
        m.unexcused = counts == null ? null : counts.unexcused();
        m.exempt = counts == null ? null : counts.exempt();
        m.attendanceRate = verdict.attendanceRate();
        m.guests = r.guests() == null ? List.of() : r.guests().stream().map(String::trim).toList();
        m.opinions = r.opinions() == null ? List.of() : r.opinions().stream()
                .map(o -> new Opinion(o.speaker().trim(), o.area(), Text.blankToNull(o.summary()))).toList();
        m.opinionCount = m.opinions.size();
        m.procedure = verdict.procedure();
        m.conclusions = Text.blankToNull(r.conclusions());
        m.tasks = verdict.tasks().isEmpty() ? List.of() : verdict.tasks().stream().map(t -> t.id() != null ? t
                : new Task(UUID.randomUUID(), t.title(), t.assigneeName(), t.dueOn(), t.reportAtMeetingId(),
                        t.status(), t.carriedFromTaskId())).toList();
        m.voteInFavour = r.vote() == null ? null : r.vote().inFavour();
        m.voteVoters = r.vote() == null ? null : r.vote().voters();
        m.scoreCriteria = verdict.score();
        m.scoreTotal = verdict.scoreTotal();
        m.scoreBand = verdict.scoreBand();
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
}
