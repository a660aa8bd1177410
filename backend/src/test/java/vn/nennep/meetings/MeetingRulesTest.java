package vn.nennep.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.meetings.Meeting.AttendanceStatus;
import vn.nennep.meetings.Meeting.TaskStatus;
import vn.nennep.meetings.MeetingRequest.AttendanceInput;
import vn.nennep.meetings.MeetingRequest.CriterionInput;
import vn.nennep.meetings.MeetingRequest.ScoreInput;
import vn.nennep.meetings.MeetingRequest.StepInput;
import vn.nennep.meetings.MeetingRequest.TaskInput;
import vn.nennep.meetings.MeetingRequest.VoteInput;
import vn.nennep.meetings.MeetingRules.Context;
import vn.nennep.meetings.MeetingRules.Counts;
import vn.nennep.meetings.MeetingRules.Verdict;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;

/** The rules of a meeting record, a pure function, at the edges of every rule and every derived value. */
class MeetingRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 5, 21, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID ON_ROSTER = UUID.randomUUID();
    private static final UUID ALSO_ON_ROSTER = UUID.randomUUID();
    private static final UUID OWN_TASK = UUID.randomUUID();
    private static final UUID CARRIED = UUID.randomUUID();
    private static final UUID OTHER_MEETING = UUID.randomUUID();
    private static final List<String> STEPS = List.of("Khai mạc", "Thông qua nghị quyết", "Bế mạc");
    private static final List<CriterionTemplate> SHEET = List.of(new CriterionTemplate("A", "Đi họp đủ", 40, true),
            new CriterionTemplate("B", "Ý kiến", 40, false), new CriterionTemplate("C", "Biên bản", 20, true));
    private static final Context CONTEXT = new Context(MEETING, Set.of(ON_ROSTER, ALSO_ON_ROSTER), STEPS, SHEET,
            Set.of(OWN_TASK), Set.of(CARRIED), Set.of(OTHER_MEETING), NOW);

    /** A regular meeting held before {@link #NOW}, 10 members all present: passes. Fields changed per test. */
    private static final class Request {
        MeetingKind kind = MeetingKind.REGULAR;
        String theme;
        OffsetDateTime startedAt = NOW.minusHours(2);
        OffsetDateTime endedAt;
        Boolean held;
        Integer membersTotal = 10;
        Integer present = 10;
        Integer excused;
        Integer unexcused;
        Integer exempt;
        List<AttendanceInput> attendance;
        List<StepInput> procedure;
        List<TaskInput> tasks;
        VoteInput vote;
        ScoreInput score;
        LocalDate draftSentOn;
        LocalDate resolutionReportedOn;
        Boolean combined;

        Verdict check() {
            return MeetingRules.check(new MeetingRequest(UUID.randomUUID(), kind, theme, null, null, startedAt,
                    endedAt, held, null, null, membersTotal, present, excused, unexcused, exempt, attendance, null,
                    null, procedure, null, tasks, vote, score, draftSentOn, resolutionReportedOn, null, null,
                    combined, null), CONTEXT);
        }
    }

    private static List<String> fields(Verdict verdict) {
        return verdict.violations().stream().map(FieldViolation::field).toList();
    }

    private static FieldViolation only(Verdict verdict) {
        assertEquals(1, verdict.violations().size(), verdict.violations().toString());
        return verdict.violations().get(0);
    }

    @Test
    void aPlainRegularMeetingPasses() {
        Verdict v = new Request().check();
        assertTrue(v.passed());
        assertEquals(new Counts(10, 10, 0, 0, 0), v.counts());
        assertEquals(new BigDecimal("100.0"), v.attendanceRate());
        assertTrue(v.held());
        assertEquals(List.of(), v.procedure());
        assertNull(v.score());
        assertEquals(List.of(), v.tasks());
    }

    @Test
    void aThemeIsForThematicMeetingsAndRequiredThere() {
        Request thematic = new Request();
        thematic.kind = MeetingKind.THEMATIC;
        assertEquals("meeting.theme.required", only(thematic.check()).key());
        thematic.theme = "   ";
        assertEquals("meeting.theme.required", only(thematic.check()).key());
        thematic.theme = "  Học tập tư tưởng Hồ Chí Minh ";
        thematic.draftSentOn = NOW.toLocalDate();
        thematic.resolutionReportedOn = NOW.toLocalDate();
        Verdict passed = thematic.check();
        assertTrue(passed.passed());
        assertEquals("Học tập tư tưởng Hồ Chí Minh", passed.theme());

        Request regular = new Request();
        regular.theme = "Chuyên đề";
        regular.draftSentOn = NOW.toLocalDate();
        regular.resolutionReportedOn = NOW.toLocalDate();
        Verdict refused = regular.check();
        assertEquals(List.of("theme", "draftSentOn", "resolutionReportedOn"), fields(refused));
        assertEquals(List.of("meeting.theme.thematicOnly", "meeting.thematicOnly", "meeting.thematicOnly"),
                refused.violations().stream().map(FieldViolation::key).toList());
    }

    @Test
    void onlyARegularOrThematicMeetingIsCombined() {
        Request r = new Request();
        r.combined = true;
        assertTrue(r.check().passed());
        r.kind = MeetingKind.EXTRAORDINARY;
        assertEquals("meeting.combined.notExtraordinary", only(r.check()).key());
        r.combined = false;
        assertTrue(r.check().passed());
    }

    @Test
    void aHeldMeetingHasStartedAndNotInTheFuture() {
        Request r = new Request();
        r.startedAt = NOW;
        assertTrue(r.check().passed(), "started at the moment of the check");
        r.startedAt = NOW.plusSeconds(1);
        assertEquals("meeting.startedAt.future", only(r.check()).key());
        r.startedAt = null;
        assertEquals("meeting.startedAt.required", only(r.check()).key());
        r.held = false;
        r.membersTotal = null;
        r.present = null;
        Verdict notHeld = r.check();
        assertTrue(notHeld.passed());
        assertFalse(notHeld.held());
        assertNull(notHeld.counts());
        assertNull(notHeld.attendanceRate());
        r.startedAt = NOW.plusDays(7);
        assertTrue(r.check().passed(), "a meeting not held may be planned");
    }

    @ParameterizedTest
    @CsvSource({"-1, false,", "0, true, 0", "1, true, 1", "90, true, 90", "119, true, 119"})
    void theEndIsNotBeforeTheStartAndGivesTheDuration(int minutes, boolean passed, Integer duration) {
        Request r = new Request();
        r.endedAt = r.startedAt.plusMinutes(minutes);
        Verdict v = r.check();
        assertEquals(passed, v.passed());
        if (!passed) {
            assertEquals("endedAt", only(v).field());
            assertEquals("meeting.endedAt.beforeStart", only(v).key());
        } else {
            assertEquals(duration, v.durationMinutes());
        }
        r.endedAt = null;
        assertNull(r.check().durationMinutes());
    }

    @ParameterizedTest
    @CsvSource({
        "20, 17, 0, 3, 0, true",
        "20, 17, 1, 1, 1, true",
        "20, 17, 1, 1, 2, false",  // one too many
        "20, 17, 1, 1, 0, false",  // one too few
        "0, 0, 0, 0, 0, true"})
    void givenCountsMustAddUpToTheMembers(int total, int present, int excused, int unexcused, int exempt,
            boolean passed) {
        Request r = new Request();
        r.membersTotal = total;
        r.present = present;
        r.excused = excused;
        r.unexcused = unexcused;
        r.exempt = exempt;
        Verdict v = r.check();
        assertEquals(passed, v.passed());
        assertEquals(new Counts(total, present, excused, unexcused, exempt), v.counts());
        if (!passed) {
            FieldViolation sum = only(v);
            assertEquals("present", sum.field());
            assertEquals("meeting.counts.sum", sum.key());
            assertEquals(List.of(present, excused, unexcused, exempt, total), List.of(sum.args()));
        }
    }

    @Test
    void aHeldMeetingWithoutARollGivesItsMembersAndThoseThere() {
        Request r = new Request();
        r.membersTotal = null;
        assertEquals(List.of("membersTotal"), fields(r.check()));
        r.present = null;
        assertEquals(List.of("membersTotal", "present"), fields(r.check()));
        r.membersTotal = 10;
        Verdict v = r.check();
        assertEquals("meeting.counts.required", only(v).key());
        assertNull(v.counts());
        r.held = false;
        r.startedAt = null;
        assertEquals(List.of("present"), fields(r.check()), "a count given for a meeting not held needs the other");
    }

    @Test
    void theRollGivesTheCountsAndNamesOnlyTheBranchsMembersOnce() {
        Request r = new Request();
        r.membersTotal = 99; // ignored with a roll
        r.attendance = List.of(new AttendanceInput(ON_ROSTER, AttendanceStatus.PRESENT, null),
                new AttendanceInput(ALSO_ON_ROSTER, AttendanceStatus.EXCUSED, " ốm "));
        Verdict v = r.check();
        assertTrue(v.passed());
        assertEquals(new Counts(2, 1, 1, 0, 0), v.counts());
        assertEquals(new BigDecimal("50.0"), v.attendanceRate());

        UUID stranger = UUID.randomUUID();
        r.attendance = List.of(new AttendanceInput(ON_ROSTER, AttendanceStatus.PRESENT, null),
                new AttendanceInput(stranger, AttendanceStatus.UNEXCUSED, null),
                new AttendanceInput(ON_ROSTER, AttendanceStatus.EXEMPT, null),
                new AttendanceInput(ALSO_ON_ROSTER, AttendanceStatus.EXCUSED, "  "));
        Verdict refused = r.check();
        assertEquals(List.of("attendance[1].memberId", "attendance[2].memberId", "attendance[3].reason"),
                fields(refused));
        assertEquals(List.of("meeting.attendance.notOnRoster", "meeting.attendance.duplicate",
                "meeting.attendance.reasonRequired"), refused.violations().stream().map(FieldViolation::key).toList());
        assertEquals(new Counts(4, 1, 1, 1, 1), refused.counts(), "every line of the roll counted");
    }

    @ParameterizedTest
    @CsvSource({
        "20, 0, 17, 85.0",
        "22, 2, 17, 85.0",   // the exempt are not expected
        "3, 0, 2, 66.7",     // 66.66... half up
        "6, 0, 1, 16.7",
        "8, 0, 1, 12.5",
        "1000, 0, 849, 84.9",
        "3, 2, 1, 100.0",
        "3, 3, 0, ",         // nobody had to attend: no rate
        "0, 0, 0, "})
    void theAttendanceRateIsPresentOverMembersLessExempt(int total, int exempt, int present, BigDecimal rate) {
        Request r = new Request();
        r.membersTotal = total;
        r.exempt = exempt;
        r.present = present;
        r.unexcused = total - exempt - present;
        Verdict v = r.check();
        assertTrue(v.passed(), v.violations().toString());
        assertEquals(rate, v.attendanceRate());
    }

    @Test
    void theChecklistIsTheBranchsWithTheStepsDone() {
        Request r = new Request();
        r.procedure = List.of(new StepInput(" Bế mạc ", true), new StepInput("Khai mạc", false));
        Verdict v = r.check();
        assertTrue(v.passed());
        assertEquals(List.of(new Meeting.ProcedureStep("Khai mạc", false),
                new Meeting.ProcedureStep("Thông qua nghị quyết", false), new Meeting.ProcedureStep("Bế mạc", true)),
                v.procedure());
        r.procedure = List.of(new StepInput("Khai mạc", true), new StepInput("Hát Quốc ca", true));
        FieldViolation unknown = only(r.check());
        assertEquals("procedure[1].step", unknown.field());
        assertEquals("meeting.procedure.unknownStep", unknown.key());
    }

    @ParameterizedTest
    @CsvSource({
        "40, 40, 20, 100, GOOD",
        "40, 30, 20, 90, GOOD",
        "39, 40, 20, 99, FAIR",    // 90 and more without full marks on a key criterion
        "40, 29, 20, 89, FAIR",
        "30, 30, 10, 70, FAIR",
        "30, 29, 10, 69, AVERAGE",
        "20, 20, 10, 50, AVERAGE",
        "20, 19, 10, 49, POOR"})
    void theScoreSheetGivesItsTotalAndBand(int a, int b, int c, int total, ScoreBand band) {
        Request r = new Request();
        r.score = new ScoreInput(List.of(new CriterionInput("A", a), new CriterionInput(" B ", b),
                new CriterionInput("C", c)));
        Verdict v = r.check();
        assertTrue(v.passed(), v.violations().toString());
        assertEquals(total, v.scoreTotal());
        assertEquals(band, v.scoreBand());
        assertEquals(List.of("A", "B", "C"), v.score().stream().map(Meeting.Criterion::code).toList());
    }

    @Test
    void aCriterionIsTheSheetsOnceAndAtMostItsMaximum() {
        Request r = new Request();
        r.score = new ScoreInput(List.of(new CriterionInput("A", 40), new CriterionInput("C", 21),
                new CriterionInput("A", 1), new CriterionInput("Z", 1)));
        Verdict v = r.check();
        assertEquals(List.of("score.criteria[1].points", "score.criteria[2].code", "score.criteria[3].code"),
                fields(v));
        assertEquals(List.of("meeting.score.aboveMax", "meeting.score.unknownCriterion",
                "meeting.score.unknownCriterion"), v.violations().stream().map(FieldViolation::key).toList());
        assertEquals(List.of(20), List.of(v.violations().get(0).args()));

        r.score = new ScoreInput(List.of(new CriterionInput("B", 10)));
        Verdict partial = r.check();
        assertEquals(10, partial.scoreTotal(), "criteria not scored count 0");
        assertEquals(ScoreBand.POOR, partial.scoreBand());
        assertNull(partial.score().get(0).points());
    }

    @Test
    void tasksKeepTheirIdsOnceAndNameOnlyTheBranchsTasksAndMeetings() {
        Request r = new Request();
        UUID strange = UUID.randomUUID();
        r.tasks = new ArrayList<>(List.of(
                new TaskInput(OWN_TASK, " Làm đường ", null, null, MEETING, null, null),
                new TaskInput(OWN_TASK, "Lần hai", null, null, OTHER_MEETING, TaskStatus.DONE, CARRIED),
                new TaskInput(strange, "Mới", " ", null, null, TaskStatus.CANCELLED, null)));
        Verdict v = r.check();
        assertTrue(v.passed(), v.violations().toString());
        assertEquals(OWN_TASK, v.tasks().get(0).id());
        assertNull(v.tasks().get(1).id(), "an id kept once only");
        assertNull(v.tasks().get(2).id(), "an id the record does not have is a new task");
        assertEquals("Làm đường", v.tasks().get(0).title());
        assertEquals(TaskStatus.OPEN, v.tasks().get(0).status());
        assertEquals(TaskStatus.DONE, v.tasks().get(1).status());
        assertNull(v.tasks().get(2).assigneeName());

        r.tasks = List.of(new TaskInput(null, "Tiếp", null, null, strange, null, strange));
        Verdict refused = r.check();
        assertEquals(List.of("tasks[0].carriedFromTaskId", "tasks[0].reportAtMeetingId"), fields(refused));
        assertEquals(List.of("meeting.task.carriedNotFound", "meeting.task.meetingNotFound"),
                refused.violations().stream().map(FieldViolation::key).toList());
    }

    @ParameterizedTest
    @CsvSource({"10, 10, 10, true, true", "11, 11, 10, true, false", "10, 11, 10, false, true",
        "0, 0, 10, true, true"})
    void aVoteHasNoMoreInFavourThanVotersNorMoreVotersThanPresent(int voters, int inFavour, int present,
            boolean inFavourPasses, boolean votersPass) {
        Request r = new Request();
        r.present = present;
        r.membersTotal = 10;
        r.unexcused = 10 - present;
        r.vote = new VoteInput(inFavour, voters);
        List<String> expected = new ArrayList<>();
        if (!inFavourPasses) {
            expected.add("vote.inFavour");
        }
        if (!votersPass) {
            expected.add("vote.voters");
        }
        Verdict v = r.check();
        assertEquals(expected, fields(v));
        if (!votersPass) {
            assertEquals(List.of(present), List.of(v.violations().get(expected.size() - 1).args()));
        }
    }

    @Test
    void votersAreNotCountedAgainstAMeetingWithoutCounts() {
        Request r = new Request();
        r.held = false;
        r.startedAt = null;
        r.membersTotal = null;
        r.present = null;
        r.vote = new VoteInput(5, 50);
        assertTrue(r.check().passed());
    }
}
