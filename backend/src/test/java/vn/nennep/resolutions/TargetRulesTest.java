package vn.nennep.resolutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nennep.meetings.MeetingKind;
import vn.nennep.resolutions.TargetRules.Evaluation;
import vn.nennep.resolutions.TargetRules.MeetingFacts;
import vn.nennep.resolutions.TargetRules.Spec;
import vn.nennep.resolutions.TargetRules.Tier;

/** Nam Sách's branch-meeting resolution (seed 000), evaluated at the edges of every rule. */
class TargetRulesTest {

    private static final String HCM = "tư tưởng, đạo đức, phong cách Hồ Chí Minh";
    private static final Spec ATTENDANCE = spec(Metric.ATTENDANCE_RATE, "85", null, null, null, null);
    private static final Spec OPINIONS = spec(Metric.OPINION_COUNT, null, List.of(
            new Tier(0, 20, BigDecimal.valueOf(3)), new Tier(20, 50, BigDecimal.valueOf(5)),
            new Tier(50, null, BigDecimal.valueOf(8))), null, null, null);
    private static final Spec HCM_OPINIONS = spec(Metric.OPINION_COUNT, "3", null, MeetingKind.THEMATIC, HCM, null);
    private static final Spec DURATION = spec(Metric.DURATION_MINUTES, "90", null, null, null, "120");
    private static final Spec PER_QUARTER = spec(Metric.THEMATIC_PER_QUARTER, "1", null, null, null, null);
    private static final List<Spec> NAM_SACH = List.of(ATTENDANCE, OPINIONS, HCM_OPINIONS, DURATION, PER_QUARTER);

    @ParameterizedTest
    @CsvSource({
        "20, 0, 17, 85, true",     // exactly 85.0 % passes "from 85 % up"
        "1000, 0, 849, 84.9, false",
        "1000, 0, 850, 85, true",
        "53, 0, 45, 84.91, false", // 84.905... is short of 85 whatever the rounding shows
        "22, 2, 17, 85, true",     // the exempt are not expected: 17 of 20
        "20, 0, 20, 100, true"})
    void attendanceIsPresentOverMembersLessExempt(int members, int exempt, int present, String rate, boolean passed) {
        Evaluation e = only(Metric.ATTENDANCE_RATE, regular(members, exempt, present, 5, 90));
        assertEquals(new BigDecimal(rate), e.actual());
        assertEquals(new BigDecimal("85"), e.required());
        assertEquals(passed, e.passed());
        assertEquals(ATTENDANCE.id(), e.targetId());
    }

    @Test
    void attendanceIsNotJudgedWhenNobodyHadToAttend() {
        MeetingFacts allExempt = regular(3, 3, 0, 0, 90);
        assertTrue(TargetRules.evaluate(allExempt, NAM_SACH).stream()
                .noneMatch(e -> e.metric() == Metric.ATTENDANCE_RATE));
    }

    @ParameterizedTest
    @CsvSource({
        "19, 3, 3, true", "19, 2, 3, false",
        "20, 4, 5, false", "20, 5, 5, true",
        "49, 5, 5, true", "49, 7, 5, true",
        "50, 7, 8, false", "50, 8, 8, true",
        "0, 3, 3, true", "500, 8, 8, true"})
    void opinionTiersAreHalfOpenByMembersOnTheRoll(int members, int opinions, int required, boolean passed) {
        Evaluation e = only(Metric.OPINION_COUNT, regular(members, 0, members, opinions, 90));
        assertEquals(BigDecimal.valueOf(required), e.required());
        assertEquals(BigDecimal.valueOf(opinions), e.actual());
        assertEquals(passed, e.passed());
        assertEquals(OPINIONS.id(), e.targetId());
    }

    @Test
    void theHoChiMinhThemeOverridesTheTiersForAThematicMeetingOnly() {
        MeetingFacts thematic = meeting(MeetingKind.THEMATIC, "Học tập và làm theo " + HCM, 62, 3, 90, false);
        Evaluation onTheme = only(Metric.OPINION_COUNT, thematic);
        assertEquals(HCM_OPINIONS.id(), onTheme.targetId());
        assertEquals(new BigDecimal("3"), onTheme.required());
        assertTrue(onTheme.passed());

        MeetingFacts folded = meeting(MeetingKind.THEMATIC, "HOC TAP TU TUONG, DAO DUC, PHONG CACH HO CHI MINH", 62, 3,
                90, false);
        assertEquals(HCM_OPINIONS.id(), only(Metric.OPINION_COUNT, folded).targetId());

        MeetingFacts regularOnTheTheme = meeting(MeetingKind.REGULAR, "Học tập " + HCM, 62, 3, 90, false);
        Evaluation tiered = only(Metric.OPINION_COUNT, regularOnTheTheme);
        assertEquals(OPINIONS.id(), tiered.targetId());
        assertEquals(new BigDecimal("8"), tiered.required());
        assertFalse(tiered.passed());

        MeetingFacts otherTheme = meeting(MeetingKind.THEMATIC, "Chuyển đổi số trong nông nghiệp", 62, 3, 90, false);
        assertEquals(OPINIONS.id(), only(Metric.OPINION_COUNT, otherTheme).targetId());
    }

    @ParameterizedTest
    @CsvSource({
        "89, false, 90, false", "90, false, 90, true",
        "119, true, 120, false", "120, true, 120, true", "100, true, 120, false"})
    void meetingsLastNinetyMinutesOrOneHundredTwentyWhenCombined(int minutes, boolean combined, int required,
            boolean passed) {
        MeetingFacts facts = meeting(combined ? MeetingKind.THEMATIC : MeetingKind.REGULAR, null, 20, 5, minutes,
                combined);
        Evaluation e = only(Metric.DURATION_MINUTES, facts);
        assertEquals(BigDecimal.valueOf(required), e.required());
        assertEquals(passed, e.passed());
    }

    @Test
    void aMissingFigureFailsAndSaysSo() {
        MeetingFacts noDuration = new MeetingFacts(MeetingKind.REGULAR, null, 20, 0, 18, 5, null, false);
        Evaluation e = only(Metric.DURATION_MINUTES, noDuration);
        assertNull(e.actual());
        assertFalse(e.passed());
        assertTrue(e.reason().contains("chưa ghi"), e.reason());
    }

    @Test
    void aMeetingKindBeatsAllMeetingsAndTiesGoToTheFirst() {
        Spec thematicAttendance = spec(Metric.ATTENDANCE_RATE, "90", null, MeetingKind.THEMATIC, null, null);
        List<Spec> targets = List.of(ATTENDANCE, thematicAttendance);
        MeetingFacts thematic = meeting(MeetingKind.THEMATIC, "Pháp luật", 20, 3, 90, false);
        assertEquals(thematicAttendance.id(), TargetRules.mostSpecific(Metric.ATTENDANCE_RATE, thematic, targets)
                .orElseThrow().id());
        assertEquals(ATTENDANCE.id(), TargetRules.mostSpecific(Metric.ATTENDANCE_RATE, regular(20, 0, 20, 3, 90),
                targets).orElseThrow().id());
        Spec twin = spec(Metric.ATTENDANCE_RATE, "80", null, null, null, null);
        assertEquals(ATTENDANCE.id(), TargetRules.mostSpecific(Metric.ATTENDANCE_RATE, thematic,
                List.of(ATTENDANCE, twin)).orElseThrow().id());
    }

    @Test
    void everyMeetingMetricIsEvaluatedOnceInOrder() {
        List<Evaluation> all = TargetRules.evaluate(regular(19, 1, 15, 3, 95), NAM_SACH);
        assertEquals(List.of(Metric.ATTENDANCE_RATE, Metric.OPINION_COUNT, Metric.DURATION_MINUTES),
                all.stream().map(Evaluation::metric).toList());
        assertEquals(List.of(false, true, true), all.stream().map(Evaluation::passed).toList());
    }

    @Test
    void reasonsAreVietnameseByDefaultAndEnglishOnRequest() {
        Evaluation attendance = only(Metric.ATTENDANCE_RATE, regular(1000, 0, 849, 5, 90));
        assertEquals("Chưa đạt: dự họp 849/1.000 đảng viên phải dự, đạt 84,9%; yêu cầu từ 85% trở lên"
                + " (mọi cuộc sinh hoạt chi bộ).", attendance.reason());
        assertEquals("Not met: 849 of 1,000 members required to attend were present, 84.9%; required at least 85%"
                + " (every branch meeting).", attendance.reason(Locale.ENGLISH));
        Evaluation opinions = only(Metric.OPINION_COUNT, regular(19, 0, 19, 3, 90));
        assertEquals("Đạt: có 3 lượt ý kiến; yêu cầu từ 3 lượt ý kiến trở lên (chi bộ có 19 đảng viên, thuộc mức"
                + " từ 0 đến dưới 20 đảng viên).", opinions.reason());
        Evaluation combined = only(Metric.DURATION_MINUTES, meeting(MeetingKind.THEMATIC, null, 20, 5, 119, true));
        assertEquals("Chưa đạt: sinh hoạt 119 phút; yêu cầu từ 120 phút trở lên (sinh hoạt thường kỳ kết hợp"
                + " chuyên đề).", combined.reason());
    }

    @Test
    void aQuarterNeedsOneThematicMeeting() {
        assertFalse(TargetRules.quarter(PER_QUARTER, 0).passed());
        Evaluation one = TargetRules.quarter(PER_QUARTER, 1);
        assertTrue(one.passed());
        assertEquals("Đạt: đã sinh hoạt chuyên đề 1 lần trong quý; yêu cầu từ 1 cuộc sinh hoạt chuyên đề trở lên"
                + " (mỗi chi bộ, mỗi quý).", one.reason());
    }

    @Test
    void indicatorProgressIsValueOverThreshold() {
        Spec students = spec(Metric.INDICATOR, "40", null, null, null, null);
        TargetRules.Progress progress = TargetRules.progress(students, new BigDecimal("35"));
        assertEquals(new BigDecimal("87.5"), progress.percent());
        assertFalse(progress.achieved());
        assertTrue(TargetRules.progress(students, new BigDecimal("40")).achieved());
        Spec waste = spec(Metric.INDICATOR, "100", null, null, null, null);
        assertEquals(new BigDecimal("100"), TargetRules.progress(waste, new BigDecimal("100")).percent());
        Spec atMost = new Spec(UUID.randomUUID(), Metric.INDICATOR, Comparison.LTE, BigDecimal.TEN, null, null, null,
                null);
        assertTrue(TargetRules.progress(atMost, new BigDecimal("9.5")).achieved());
        assertFalse(TargetRules.progress(atMost, new BigDecimal("10.01")).achieved());
        Spec zero = spec(Metric.INDICATOR, "0", null, null, null, null);
        assertNull(TargetRules.progress(zero, BigDecimal.ONE).percent());
    }

    private static Evaluation only(Metric metric, MeetingFacts meeting) {
        List<Evaluation> found = TargetRules.evaluate(meeting, NAM_SACH).stream()
                .filter(e -> e.metric() == metric).toList();
        assertEquals(1, found.size(), "one evaluation of " + metric);
        return found.get(0);
    }

    private static MeetingFacts regular(int members, int exempt, int present, int opinions, int minutes) {
        return new MeetingFacts(MeetingKind.REGULAR, null, members, exempt, present, opinions, minutes, false);
    }

    private static MeetingFacts meeting(MeetingKind kind, String theme, int members, int opinions, int minutes,
            boolean combined) {
        return new MeetingFacts(kind, theme, members, 0, members, opinions, minutes, combined);
    }

    private static Spec spec(Metric metric, String threshold, List<Tier> tiers, MeetingKind kind, String theme,
            String combined) {
        return new Spec(UUID.randomUUID(), metric, Comparison.GTE, threshold == null ? null : new BigDecimal(threshold),
                tiers, kind, theme, combined == null ? null : new BigDecimal(combined));
    }
}
