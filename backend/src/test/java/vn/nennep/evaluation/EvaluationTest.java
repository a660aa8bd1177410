package vn.nennep.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.resolution;
import static vn.nennep.support.Fixtures.target;
import static vn.nennep.support.Fixtures.targetBody;
import static vn.nennep.support.Fixtures.tier;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.nennep.meetings.MeetingKind;
import vn.nennep.resolutions.Comparison;
import vn.nennep.resolutions.Metric;
import vn.nennep.resolutions.TargetRules;

/**
 * The SQL evaluation of stored meetings against Nam Sách's branch-meeting resolution, checked against
 * {@link TargetRules} (the specification) at the edges of each rule; then compliance and before-vs-after.
 */
@QuarkusTest
class EvaluationTest {

    private static final String HCM = "tư tưởng, đạo đức, phong cách Hồ Chí Minh";

    /** The resolution's targets, created in this order, as the rules see them. */
    private record World(String resolution, String number, String grassroots, List<TargetRules.Spec> specs,
            String quarterTarget) {
    }

    private static World namSach() {
        String district = district("Huyện Nam Sách " + UUID.randomUUID());
        String commune = grassroots(district, "Đảng ủy xã Nam Hưng");
        String number = vn.nennep.support.Fixtures.documentNumber("NQ", "HU");
        String resolution = resolution(district, number);
        List<TargetRules.Spec> specs = new ArrayList<>();
        String attendance = target(resolution, targetBody("Tỷ lệ dự sinh hoạt", "ATTENDANCE_RATE", "threshold", 85,
                "unit", "%"));
        specs.add(spec(attendance, Metric.ATTENDANCE_RATE, new BigDecimal("85"), null, null, null, null));
        List<Map<String, Object>> tiers = List.of(tier(0, 20, 3), tier(20, 50, 5), tier(50, null, 8));
        String opinions = target(resolution, targetBody("Lượt ý kiến theo quy mô chi bộ", "OPINION_COUNT", "tiers", tiers));
        specs.add(spec(opinions, Metric.OPINION_COUNT, null, List.of(
                new TargetRules.Tier(0, 20, BigDecimal.valueOf(3)), new TargetRules.Tier(20, 50, BigDecimal.valueOf(5)),
                new TargetRules.Tier(50, null, BigDecimal.valueOf(8))), null, null, null));
        String hcm = target(resolution, targetBody("Riêng chuyên đề Hồ Chí Minh", "OPINION_COUNT", "threshold", 3,
                "theme", HCM));
        specs.add(spec(hcm, Metric.OPINION_COUNT, BigDecimal.valueOf(3), null, MeetingKind.THEMATIC, HCM, null));
        String duration = target(resolution, targetBody("Thời lượng", "DURATION_MINUTES", "threshold", 90,
                "combinedThreshold", 120));
        specs.add(spec(duration, Metric.DURATION_MINUTES, BigDecimal.valueOf(90), null, null, null,
                BigDecimal.valueOf(120)));
        String quarter = target(resolution, targetBody("Chuyên đề mỗi quý", "THEMATIC_PER_QUARTER", "threshold", 1));
        target(resolution, Map.of("title", "Kết nạp đảng viên", "metric", "INDICATOR", "threshold", 40,
                "unit", "đảng viên"));
        return new World(resolution, number, commune, specs, quarter);
    }

    @Test
    void theEndpointAgreesWithTheRulesAtEveryEdge() {
        World w = namSach();
        String branch = branch(w.grassroots(), "Chi bộ thôn Đông");
        String big = branch(w.grassroots(), "Chi bộ thôn Tây");
        // Opinions by branch size: 19 members need 3, 20 need 5. (A branch's regular meetings, one a month.)
        check(w, meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2023-09-03T14:00", 95));
        check(w, meeting(branch, "REGULAR", null, 19, 19, 0, 2, "2023-10-04T14:00", 95));
        check(w, meeting(branch, "REGULAR", null, 20, 20, 0, 3, "2023-11-05T14:00", 95));
        check(w, meeting(branch, "REGULAR", null, 20, 20, 0, 4, "2023-12-06T14:00", 95));
        check(w, meeting(branch, "REGULAR", null, 20, 20, 0, 5, "2024-01-07T14:00", 95));
        // Attendance 84.9 % fails, 85.0 % passes; the exempt do not count.
        check(w, meeting(big, "REGULAR", null, 1000, 849, 0, 8, "2024-02-08T14:00", 95));
        check(w, meeting(big, "REGULAR", null, 22, 17, 2, 5, "2024-03-09T14:00", 95));
        // 89 minutes fails, 90 passes.
        check(w, meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2024-02-10T14:00", 89));
        check(w, meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2024-03-11T14:00", 90));
        // A Hồ Chí Minh thematic meeting in a 60-member branch: 3 opinions are enough (the theme beats the tiers).
        String hcm = meeting(big, "THEMATIC", "Học tập và làm theo Tư tưởng, đạo đức, phong cách Hồ Chí Minh", 60, 55,
                0, 3, "2024-03-12T14:00", 120);
        List<Map<String, Object>> items = check(w, hcm);
        Map<String, Object> opinions = item(items, "OPINION_COUNT");
        assertEquals(w.specs().get(2).id().toString(), opinions.get("targetId"));
        assertEquals(true, opinions.get("passed"));
        // Another theme falls back to the tiers: 8 for 60 members.
        Map<String, Object> other = item(check(w, meeting(big, "THEMATIC", "Chuyển đổi số", 60, 55, 0, 3,
                "2024-03-13T14:00", 120)), "OPINION_COUNT");
        assertEquals(w.specs().get(1).id().toString(), other.get("targetId"));
        assertEquals(false, other.get("passed"));

        api().get("/api/v1/meetings/{id}/evaluation", hcm).then().statusCode(200)
                .body("resolutionNumber", contains(w.number(), w.number(), w.number(), w.number()))
                .body("metric", contains("ATTENDANCE_RATE", "OPINION_COUNT", "DURATION_MINUTES",
                        "THEMATIC_PER_QUARTER"));
    }

    @Test
    void aCombinedMeetingMustReachTheCombinedDuration() {
        World w = namSach();
        String branch = branch(w.grassroots(), "Chi bộ thôn Nam");
        String short119 = combined(meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2024-01-03T14:00", 119));
        String full120 = combined(meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2024-02-04T14:00", 120));
        String plain90 = meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2024-03-05T14:00", 90);
        Map<String, Object> fails = item(evaluation(short119), "DURATION_MINUTES");
        assertEquals(120, ((Number) fails.get("required")).intValue());
        assertEquals(false, fails.get("passed"));
        Map<String, Object> passes = item(evaluation(full120), "DURATION_MINUTES");
        assertEquals(120, ((Number) passes.get("required")).intValue());
        assertEquals(true, passes.get("passed"));
        Map<String, Object> plain = item(evaluation(plain90), "DURATION_MINUTES");
        assertEquals(90, ((Number) plain.get("required")).intValue());
        assertEquals(true, plain.get("passed"));
        // The endpoint agrees with the rules (reason wording included) on combined meetings too.
        for (String id : List.of(short119, full120)) {
            Map<String, Object> m = api().get("/api/v1/meetings/{id}", id).then().statusCode(200)
                    .body("combined", is(true)).extract().jsonPath().getMap("$");
            TargetRules.MeetingFacts facts = new TargetRules.MeetingFacts(MeetingKind.REGULAR, null, 19, 0, 19, 3,
                    (Integer) m.get("durationMinutes"), true);
            TargetRules.Evaluation expected = TargetRules.evaluate(facts, w.specs()).stream()
                    .filter(e -> e.metric() == Metric.DURATION_MINUTES).findFirst().orElseThrow();
            Map<String, Object> actual = item(evaluation(id), "DURATION_MINUTES");
            assertEquals(expected.passed(), actual.get("passed"));
            assertEquals(expected.reason(), actual.get("reason"));
        }
        // An extraordinary meeting cannot be combined.
        Map<String, Object> body = new HashMap<>(Map.of("branchId", branch, "kind", "EXTRAORDINARY",
                "startedAt", "2024-03-06T14:00:00+07:00", "endedAt", "2024-03-06T16:00:00+07:00",
                "membersTotal", 19, "present", 19, "combined", true));
        api().body(body).post("/api/v1/meetings").then().statusCode(422)
                .body("errors.field", contains("combined"));
    }

    /** Marks a stored meeting as held together with the thematic one. */
    private static String combined(String meetingId) {
        Map<String, Object> m = new HashMap<>(api().get("/api/v1/meetings/{id}", meetingId).then().statusCode(200)
                .extract().jsonPath().getMap("$"));
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of("branchId", "kind", "startedAt", "endedAt", "membersTotal", "present", "excused",
                "unexcused", "exempt", "opinions")) {
            body.put(key, m.get(key));
        }
        body.put("combined", true);
        api().header("If-Match", "\"" + m.get("version") + "\"").body(body).put("/api/v1/meetings/{id}", meetingId)
                .then().statusCode(200).body("combined", is(true));
        return meetingId;
    }

    @Test
    void quartersAreLocalAndCountThematicMeetingsSoFar() {
        World w = namSach();
        String branch = branch(w.grassroots(), "Chi bộ thôn Bắc");
        String march = meeting(branch, "THEMATIC", "Chuyển đổi số", 19, 19, 0, 3, "2024-03-31T23:59", 95);
        String april = meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2024-04-01T00:00", 95);
        Map<String, Object> q1 = item(evaluation(march), "THEMATIC_PER_QUARTER");
        assertEquals(w.quarterTarget(), q1.get("targetId"));
        assertEquals(1, ((Number) q1.get("actual")).intValue());
        assertEquals(true, q1.get("passed"));
        Map<String, Object> q2 = item(evaluation(april), "THEMATIC_PER_QUARTER");
        assertEquals(0, ((Number) q2.get("actual")).intValue());
        assertEquals(false, q2.get("passed"));
        assertTrue(((String) q2.get("reason")).startsWith("Chưa đạt"), (String) q2.get("reason"));
        // A later thematic meeting in the second quarter reaches it; the earlier evaluation is "so far".
        String may = meeting(branch, "THEMATIC", "Chuyển đổi số", 19, 19, 0, 3, "2024-05-03T14:00", 95);
        assertEquals(true, item(evaluation(may), "THEMATIC_PER_QUARTER").get("passed"));
        assertEquals(false, item(evaluation(april), "THEMATIC_PER_QUARTER").get("passed"));

        // A meeting before the resolution took effect (issued 10/6/2022) is not evaluated against it.
        String early = meeting(branch, "REGULAR", null, 19, 19, 0, 3, "2022-06-09T14:00", 95);
        api().get("/api/v1/meetings/{id}/evaluation", early).then().statusCode(200).body("$", hasSize(0));
        // Nor a meeting that was not held.
        Map<String, Object> notHeld = new HashMap<>(Map.of("branchId", branch, "kind", "REGULAR", "held", false,
                "scheduledAt", "2024-06-03T14:00:00+07:00"));
        String skipped = api().body(notHeld).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        api().get("/api/v1/meetings/{id}/evaluation", skipped).then().statusCode(200).body("$", hasSize(0));
        api().get("/api/v1/meetings/{id}/evaluation", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void complianceCountsMeetingsAndBranchesInTheSubtree() {
        World w = namSach();
        String east = branch(w.grassroots(), "Chi bộ thôn Đông");
        String west = branch(w.grassroots(), "Chi bộ thôn Tây");
        String eastRegular = meeting(east, "REGULAR", null, 20, 18, 0, 5, "2024-01-03T14:00", 95); // 90 %, 5, 95 min
        meeting(east, "THEMATIC", HCM, 20, 17, 0, 3, "2024-02-03T14:00", 89); // 85 %, HCM 3 ok, 89 min fails
        meeting(west, "REGULAR", null, 20, 16, 0, 4, "2024-01-03T14:00", 90); // 80 %, 4 < 5, 90 min
        String path = "/api/v1/resolutions/{id}/compliance";
        var response = api().queryParam("from", "2024-01-01").queryParam("to", "2024-03-31")
                .get(path, w.resolution()).then().statusCode(200)
                .body("from", is("2024-01-01"), "to", is("2024-03-31"), "organizationId", nullValue())
                .body("items.metric", contains("ATTENDANCE_RATE", "OPINION_COUNT", "OPINION_COUNT",
                        "DURATION_MINUTES", "THEMATIC_PER_QUARTER"))
                // attendance: 3 meetings, 2 pass; east passes, west does not
                .body("items[0].meetingsEvaluated", is(3), "items[0].meetingsPassed", is(2),
                        "items[0].branchesEvaluated", is(2), "items[0].branchesPassing", is(1),
                        "items[0].passRate", is(66.7f), "items[0].branchPassRate", is(50))
                // tiered opinions: the HCM meeting counts for the theme target instead
                .body("items[1].meetingsEvaluated", is(2), "items[1].meetingsPassed", is(1))
                .body("items[2].meetingsEvaluated", is(1), "items[2].meetingsPassed", is(1),
                        "items[2].branchesPassing", is(1), "items[2].passRate", is(100))
                .body("items[3].meetingsEvaluated", is(3), "items[3].meetingsPassed", is(2),
                        "items[3].branchesPassing", is(1))
                // quarter 1 of 2024: east held a thematic meeting, west did not
                .body("items[4].meetingsEvaluated", is(2), "items[4].meetingsPassed", is(1),
                        "items[4].branchesEvaluated", is(2), "items[4].branchesPassing", is(1));
        assertEquals(5, response.extract().jsonPath().getList("items").size());
        // Within one branch.
        api().queryParam("from", "2024-01-01").queryParam("to", "2024-03-31").queryParam("organizationId", west)
                .get(path, w.resolution()).then().statusCode(200)
                .body("organizationId", is(west), "items[0].meetingsEvaluated", is(1),
                        "items[0].meetingsPassed", is(0), "items[0].passRate", is(0));
        // A branch secretary sees the district's resolution, but counts only its own branch.
        as(tokenFor("BRANCH_SECRETARY", west)).queryParam("from", "2024-01-01").queryParam("to", "2024-03-31")
                .get(path, w.resolution()).then().statusCode(200)
                .body("items[0].meetingsEvaluated", is(1), "items[0].branchesEvaluated", is(1));
        // ...and may not look into another branch's meeting evaluation.
        as(tokenFor("BRANCH_SECRETARY", west)).get("/api/v1/meetings/{id}/evaluation", eastRegular).then()
                .statusCode(403);
        // A period without meetings: zeros.
        api().queryParam("from", "2023-01-01").queryParam("to", "2023-03-31").get(path, w.resolution()).then()
                .statusCode(200).body("items.meetingsEvaluated", contains(0, 0, 0, 0, 0))
                .body("items.passRate", contains(0, 0, 0, 0, 0))
                .body("items.branchPassRate", contains(null, null, null, null, null));
        // Defaults: from the effective date to today.
        api().get(path, w.resolution()).then().statusCode(200).body("from", is("2022-06-10"))
                .body("items[0].meetingsEvaluated", is(3));
        api().queryParam("from", "gestern").get(path, w.resolution()).then().statusCode(400);
    }

    @Test
    void effectComparesTheMonthsBeforeAndAfterTheIssueDate() {
        World w = namSach(); // issued 10/6/2022
        String east = branch(w.grassroots(), "Chi bộ thôn Đông");
        meeting(east, "REGULAR", null, 20, 16, 0, 2, "2022-03-03T14:00", 60); // before: 80 %, 2, 60
        meeting(east, "REGULAR", null, 20, 18, 0, 4, "2022-05-03T14:00", 80); // before: 90 %, 4, 80
        meeting(east, "REGULAR", null, 20, 19, 0, 5, "2022-06-10T08:00", 90); // after (issue day): 95 %, 5, 90
        meeting(east, "THEMATIC", HCM, 20, 20, 0, 7, "2022-09-03T14:00", 120); // after: 100 %, 7, 120
        meeting(east, "REGULAR", null, 20, 10, 0, 0, "2021-11-03T14:00", 10); // outside 6 months
        api().get("/api/v1/resolutions/{id}/effect", w.resolution()).then().statusCode(200)
                .body("months", is(6), "issuedOn", is("2022-06-10"), "beforeFrom", is("2021-12-10"),
                        "afterTo", is("2022-12-09"))
                .body("items.metric", contains("ATTENDANCE_RATE", "OPINION_COUNT", "DURATION_MINUTES",
                        "THEMATIC_PER_QUARTER"))
                .body("items[0].before", is(85), "items[0].after", is(97.5f), "items[0].change", is(12.5f))
                .body("items[1].before", is(3), "items[1].after", is(6), "items[1].change", is(3))
                .body("items[2].before", is(70), "items[2].after", is(105), "items[2].change", is(35))
                // thematic per branch per quarter: 0 of 1 branch in 2 quarters before, 1 after → 0.5
                .body("items[3].before", is(0), "items[3].after", is(0.5f), "items[3].change", is(0.5f))
                .body("items[0].meetingsBefore", is(2), "items[0].meetingsAfter", is(2));
        api().queryParam("months", 1).get("/api/v1/resolutions/{id}/effect", w.resolution()).then()
                .statusCode(200).body("items[0].before", nullValue(), "items[0].change", nullValue(),
                        "items[0].after", is(95));
        api().queryParam("months", 0).get("/api/v1/resolutions/{id}/effect", w.resolution()).then()
                .statusCode(400);
    }

    /** The endpoint's verdicts on the per-meeting metrics equal the rules' on the same facts and targets. */
    private static List<Map<String, Object>> check(World w, String meetingId) {
        Map<String, Object> m = api().get("/api/v1/meetings/{id}", meetingId).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        TargetRules.MeetingFacts facts = new TargetRules.MeetingFacts(MeetingKind.valueOf((String) m.get("kind")),
                (String) m.get("theme"), (Integer) m.get("membersTotal"), (Integer) m.get("exempt"),
                (Integer) m.get("present"), (Integer) m.get("opinionCount"), (Integer) m.get("durationMinutes"),
                false);
        List<Map<String, Object>> items = evaluation(meetingId);
        List<TargetRules.Evaluation> expected = TargetRules.evaluate(facts, w.specs());
        assertEquals(3, expected.size());
        for (TargetRules.Evaluation e : expected) {
            Map<String, Object> actual = item(items, e.metric().name());
            assertEquals(e.targetId().toString(), actual.get("targetId"), e.metric() + " target");
            assertEquals(e.passed(), actual.get("passed"), e.metric() + " passed: " + actual);
            assertEquals(0, e.required().compareTo(new BigDecimal(actual.get("required").toString())));
            assertEquals(0, e.actual().compareTo(new BigDecimal(actual.get("actual").toString())),
                    e.metric() + " actual: " + actual);
            assertEquals(e.reason(), actual.get("reason"));
            assertEquals(w.resolution(), actual.get("resolutionId"));
        }
        return items;
    }

    private static List<Map<String, Object>> evaluation(String meetingId) {
        return api().get("/api/v1/meetings/{id}/evaluation", meetingId).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String metric) {
        return items.stream().filter(i -> metric.equals(i.get("metric"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " in " + items));
    }

    /** A held meeting from a paper book: started at {@code start} (local), lasting {@code minutes}. */
    private static String meeting(String branch, String kind, String theme, int members, int present, int exempt,
            int opinions, String start, int minutes) {
        java.time.LocalDateTime begin = java.time.LocalDateTime.parse(start);
        Map<String, Object> body = new HashMap<>(Map.of("branchId", branch, "kind", kind,
                "startedAt", begin + ":00+07:00", "endedAt", begin.plusMinutes(minutes) + ":00+07:00",
                "membersTotal", members, "present", present, "excused", members - present - exempt,
                "unexcused", 0, "exempt", exempt));
        if (theme != null) {
            body.put("theme", theme);
        }
        body.put("opinions", IntStream.range(0, opinions).mapToObj(i -> Map.of("speaker", "Đồng chí " + i,
                "area", "PARTY_BUILDING", "summary", "Ý kiến " + i)).toList());
        return api().body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    private static TargetRules.Spec spec(String id, Metric metric, BigDecimal threshold, List<TargetRules.Tier> tiers,
            MeetingKind kind, String theme, BigDecimal combined) {
        return new TargetRules.Spec(UUID.fromString(id), metric, Comparison.GTE, threshold, tiers, kind, theme,
                combined);
    }
}
