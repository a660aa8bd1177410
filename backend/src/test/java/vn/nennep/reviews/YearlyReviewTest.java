package vn.nennep.reviews;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.reviews.ReviewFixtures.array;
import static vn.nennep.reviews.ReviewFixtures.finding;
import static vn.nennep.reviews.ReviewFixtures.remedy;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * The yearly review of a district, a grassroots organization and a branch with its members: meetings and attendance
 * from the meeting records (roll calls for the members; a meeting recorded by counts only counts for nobody), tasks
 * matched to the roster by name (case, diacritics and spaces ignored; a carried task counted once), study sessions,
 * remarks, action plans and inspection findings of 2024 only; member names withheld from an inspector.
 */
@QuarkusTest
class YearlyReviewTest {

    private static final String REPORT = "/api/v1/reports/yearly-review";
    private static final Map<String, Object> NO_REMARKS = Map.of("LATE", 0, "INCOMPLETE_ATTENDANCE", 0,
            "NOT_SERIOUS", 0, "ABSENT_WITHOUT_LEAVE", 0, "PRAISED", 0);

    @Inject
    EntityManager em;

    @Test
    void aDistrictItsCommunesAndABranchsMembers() {
        ReviewFixtures rows = new ReviewFixtures(em);
        String district = Fixtures.district(code("Huyện kiểm điểm"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã An Nông");
        String late = Fixtures.grassroots(district, "Đảng bộ xã Tân Ninh");
        String b1 = Fixtures.branch(commune, "Chi bộ thôn 1");
        String b2 = Fixtures.branch(commune, "Chi bộ thôn 2");
        String an = Fixtures.member(b1, "Lê Văn An");
        String binh = Fixtures.member(b1, "Trần Thị Bình");
        String cuong = Fixtures.member(b1, "Phạm Văn Cường");
        String stranger = Fixtures.member(b2, "Đỗ Văn Khác");
        // January: An present, Bình excused, Cường absent without leave; a task for "  lê văn AN " still open and
        // one for Bình done. February (thematic): An and Bình present, Cường excused; An's task carried and done.
        String january = meeting(b1, "REGULAR", "2024-01-05", Map.of(an, "PRESENT", binh, "EXCUSED",
                cuong, "UNEXCUSED"), List.of(task("Sửa nhà văn hoá", "  lê văn AN ", "OPEN", null),
                task("Thu đảng phí", "Trần Thị Bình", "DONE", null)));
        String carried = api().get("/api/v1/meetings/{id}", january).then().statusCode(200).extract()
                .path("tasks[0].id");
        meeting(b1, "THEMATIC", "2024-02-05", Map.of(an, "PRESENT", binh, "PRESENT", cuong, "EXCUSED"),
                List.of(task("Sửa nhà văn hoá", "Lê Văn An", "DONE", carried)));
        // March, by counts only (3 of 3): no roll. December 2023: not this year.
        Map<String, Object> counted = base(b1, "REGULAR", "2024-03-05");
        counted.putAll(Map.of("membersTotal", 3, "present", 3, "excused", 0, "unexcused", 0, "exempt", 0));
        api().body(counted).post("/api/v1/meetings").then().statusCode(201);
        meeting(b1, "REGULAR", "2023-12-05", Map.of(an, "UNEXCUSED"), List.of());
        Fixtures.meeting(b2); // 3/3/2024, 28 of 30.

        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String plan = rows.studyPlan(district, resolution, code("KH") + "-KH/HU", LocalDate.of(2024, 4, 30));
        String session = rows.session(plan, commune, "ALL_MEMBERS", OffsetDateTime.parse("2024-04-10T08:00:00+07:00"),
                new int[] {100, 90}, List.of());
        String nextYear = rows.session(plan, commune, "ALL_MEMBERS",
                OffsetDateTime.parse("2025-01-02T08:00:00+07:00"), new int[] {100, 90}, List.of());
        rows.session(plan, district, "KEY_CADRES", OffsetDateTime.parse("2024-03-05T08:00:00+07:00"),
                new int[] {300, 300}, List.of());
        rows.remark(session, commune, null, "LATE");
        rows.remark(session, b1, null, "PRAISED");
        rows.remark(session, b1, an, "LATE");
        rows.remark(session, b1, binh, "ABSENT_WITHOUT_LEAVE");
        rows.remark(nextYear, b1, an, "NOT_SERIOUS");
        rows.actionPlan(plan, commune, LocalDate.of(2024, 4, 30), "ACCEPTED", LocalDate.of(2024, 4, 29));
        rows.actionPlan(plan, late, LocalDate.of(2024, 4, 30), "PENDING", null);
        rows.inspection(district, List.of(commune, b1), LocalDate.of(2024, 6, 3), "CONCLUDED",
                LocalDate.of(2024, 6, 3), array(finding("ACTION_PLAN", commune, "SHORTCOMINGS"),
                        finding("DOCUMENTS_ISSUED", b1, "GOOD")),
                array(remedy(commune, LocalDate.of(2024, 6, 30), "OPEN")));

        var districtReview = api().queryParam("organizationId", district).queryParam("year", 2024).get(REPORT)
                .then().statusCode(200)
                .body("organizations.organizationId", contains(district, commune, b1, b2, late))
                .body("organizations.meetingsHeld", contains(4, 4, 3, 1, 0))
                .body("organizations.regularHeld", contains(3, 3, 2, 1, 0))
                .body("organizations.thematicHeld", contains(1, 1, 1, 0, 0))
                // b1: 1/3, 2/3, 3/3 → 66.7; b2: 28/30 → 93.3; the commune: the mean of the four → 73.3.
                .body("organizations.averageAttendanceRate", contains(73.3f, 73.3f, 66.7f, 93.3f, null))
                .body("organizations[2].bands", equalTo(nullBands()))
                .body("organizations.studySessionsHeld", contains(1, 1, 0, 0, 0))
                .body("organizations[1].remarks.LATE", equalTo(1))
                .body("organizations[2].remarks", equalTo(remarks(1, 0, 0, 1, 1)))
                .body("organizations[0].actionPlans", equalTo(Map.of("onTime", 1, "late", 0, "missing", 1,
                        "notDue", 0)))
                .body("organizations[1].actionPlans.onTime", equalTo(1))
                .body("organizations[4].actionPlans.missing", equalTo(1))
                .body("organizations[1].findings.SHORTCOMINGS", equalTo(1))
                .body("organizations[2].findings.GOOD", equalTo(1))
                .body("organizations.remediesOpen", contains(0, 1, 0, 0, 0))
                .body("organizations.remediesOverdue", contains(0, 1, 0, 0, 0))
                .body("members", empty())
                .extract().jsonPath();
        ReviewCsv.assertSame(List.of("organizationId", "organizationName", "type", "parentId", "meetingsHeld",
                "regularHeld", "thematicHeld", "averageAttendanceRate", "bands", "studySessionsHeld", "remarks",
                "actionPlans", "findings", "remediesOpen", "remediesOverdue"),
                districtReview.getList("organizations"), ReviewCsv.read(api(), REPORT,
                        Map.of("organizationId", district, "year", 2024), "kiem-diem-2024.csv"));

        // A grassroots organization: itself and its branches.
        api().queryParam("organizationId", commune).queryParam("year", 2024).get(REPORT).then().statusCode(200)
                .body("organizations.organizationId", contains(commune, b1, b2))
                .body("members", empty());

        var branchReview = api().queryParam("organizationId", b1).queryParam("year", 2024).get(REPORT).then()
                .statusCode(200)
                .body("organizations.organizationId", contains(b1))
                .body("members.memberId", contains(an, cuong, binh))
                .body("members.fullName", contains("Lê Văn An", "Phạm Văn Cường", "Trần Thị Bình"))
                .body("members.meetingsAttended", contains(2, 0, 1))
                .body("members.meetingsExcused", contains(0, 1, 1))
                .body("members.meetingsUnexcused", contains(0, 1, 0))
                .body("members.tasksAssigned", contains(1, 0, 1))
                .body("members.tasksDone", contains(1, 0, 1))
                .body("members[0].remarks", equalTo(remarks(1, 0, 0, 0, 0)))
                .body("members[1].remarks", equalTo(NO_REMARKS))
                .body("members[2].remarks", equalTo(remarks(0, 0, 0, 1, 0)))
                .extract().jsonPath();
        ReviewCsv.assertSame(List.of("memberId", "fullName", "meetingsAttended", "meetingsExcused",
                "meetingsUnexcused", "remarks", "tasksAssigned", "tasksDone"), branchReview.getList("members"),
                ReviewCsv.read(api(), REPORT, Map.of("organizationId", b1, "year", 2024, "part", "members"),
                        "kiem-diem-2024.csv"));

        // One member; one not on the roster; a member asked of a commune.
        api().queryParam("organizationId", b1).queryParam("year", 2024).queryParam("memberId", binh).get(REPORT)
                .then().statusCode(200).body("members.memberId", contains(binh));
        api().queryParam("organizationId", b1).queryParam("year", 2024).queryParam("memberId", stranger)
                .get(REPORT).then().statusCode(422).body("errors.field", contains("memberId"));
        api().queryParam("organizationId", commune).queryParam("memberId", an).get(REPORT).then().statusCode(422)
                .body("errors.field", contains("memberId"));

        // An inspector of the district reads the figures, not the names, in JSON and CSV alike.
        String inspector = Fixtures.tokenFor("INSPECTOR", district);
        as(inspector).queryParam("organizationId", b1).queryParam("year", 2024).get(REPORT).then().statusCode(200)
                .body("members.fullName", contains(nullValue(), nullValue(), nullValue()))
                .body("members.meetingsAttended", contains(2, 0, 1))
                .body(not(containsString("Lê Văn An")));
        as(inspector).accept("text/csv").queryParam("organizationId", b1).queryParam("year", 2024)
                .queryParam("part", "members").get(REPORT).then().statusCode(200)
                .body(not(containsString("Lê Văn An")));
    }

    /**
     * Bands per quarter as the scorecard says: the most frequent band of the quarter's scored meetings, the better on
     * a tie, for a branch and, over its branches' meetings, for the grassroots organization.
     */
    @Test
    void eachQuarterHasItsMostFrequentBand() {
        String district = Fixtures.district(code("Huyện xếp loại"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Xếp Loại");
        String x = Fixtures.branch(commune, "Chi bộ thôn X");
        String y = Fixtures.branch(commune, "Chi bộ thôn Y");
        scored(x, "2024-01-05", true);
        scored(x, "2024-02-05", false);
        scored(x, "2024-03-05", false);
        scored(x, "2024-04-05", true);
        scored(y, "2024-05-05", false);
        api().queryParam("organizationId", commune).queryParam("year", 2024).get(REPORT).then().statusCode(200)
                .body("organizations.organizationId", contains(commune, x, y))
                .body("organizations.bands.Q1", contains("POOR", "POOR", null))
                .body("organizations.bands.Q2", contains("GOOD", "GOOD", "POOR"))
                .body("organizations.bands.Q3", contains(nullValue(), nullValue(), nullValue()));
    }

    private static void scored(String branch, String day, boolean good) {
        Map<String, Object> body = base(branch, "REGULAR", day);
        body.putAll(Map.of("membersTotal", 10, "present", 10));
        int[] points = good ? new int[] {5, 5, 10, 40, 5, 30, 5} : new int[] {2, 2, 5, 20, 2, 10, 2};
        List<String> codes = List.of("TIME_DURATION", "ATTENDANCE", "PREPARATION", "CONDUCT", "PARTY_PRINCIPLES",
                "PREVIOUS_RESOLUTION", "CLOSING");
        body.put("score", Map.of("criteria", java.util.stream.IntStream.range(0, codes.size())
                .mapToObj(i -> Map.of("code", codes.get(i), "points", points[i])).toList()));
        api().body(body).post("/api/v1/meetings").then().statusCode(201);
    }

    @Test
    void badParametersAndAnotherSubtreeAreRefused() {
        String district = Fixtures.district(code("Huyện kiểm điểm"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Hợp Hoà");
        String neighbour = Fixtures.grassroots(district, "Đảng bộ xã Hợp Lợi");
        api().queryParam("organizationId", district).queryParam("part", "branches").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("part"));
        api().queryParam("organizationId", district).queryParam("year", 2101).get(REPORT).then()
                .statusCode(400).body("errors.field", contains("year"));
        api().queryParam("organizationId", district).queryParam("memberId", "x").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("memberId"));
        api().get(REPORT).then().statusCode(400).body("errors.field", contains("organizationId"));
        String officer = Fixtures.tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).queryParam("organizationId", neighbour).get(REPORT).then().statusCode(403);
        as(officer).queryParam("organizationId", commune).get(REPORT).then().statusCode(200)
                .body("organizations.organizationId", contains(commune));
    }

    private static Map<String, Object> remarks(int late, int incomplete, int notSerious, int absent, int praised) {
        return Map.of("LATE", late, "INCOMPLETE_ATTENDANCE", incomplete, "NOT_SERIOUS", notSerious,
                "ABSENT_WITHOUT_LEAVE", absent, "PRAISED", praised);
    }

    private static Map<String, Object> nullBands() {
        Map<String, Object> bands = new HashMap<>();
        List.of("Q1", "Q2", "Q3", "Q4").forEach(q -> bands.put(q, null));
        return bands;
    }

    private static Map<String, Object> base(String branch, String kind, String day) {
        Map<String, Object> body = new HashMap<>(Map.of("branchId", branch, "kind", kind,
                "startedAt", day + "T14:00:00+07:00", "endedAt", day + "T15:45:00+07:00"));
        if (kind.equals("THEMATIC")) {
            body.put("theme", "Học tập nghị quyết");
        }
        return body;
    }

    /** A held meeting of {@code branch} with a roll ({@code member -> status}) and tasks. */
    private static String meeting(String branch, String kind, String day, Map<String, String> roll,
            List<Map<String, Object>> tasks) {
        Map<String, Object> body = base(branch, kind, day);
        body.put("attendance", roll.entrySet().stream().map(e -> e.getValue().equals("EXCUSED")
                ? Map.of("memberId", e.getKey(), "status", e.getValue(), "reason", "Đi công tác")
                : Map.of("memberId", e.getKey(), "status", e.getValue())).toList());
        body.put("tasks", tasks);
        return api().body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> task(String title, String assignee, String status, String carriedFrom) {
        Map<String, Object> task = new HashMap<>(Map.of("title", title, "assigneeName", assignee, "status", status,
                "dueOn", "2024-02-28"));
        if (carriedFrom != null) {
            task.put("carriedFromTaskId", carriedFrom);
        }
        return task;
    }
}
