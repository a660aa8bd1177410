package vn.nennep.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.resolution;
import static vn.nennep.support.Fixtures.target;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Each branch of a subtree in a local quarter: counts, averages, meeting-level target verdicts and the usual band. */
@QuarkusTest
class ScorecardTest {

    private static final String SCORECARD = "/api/v1/reports/scorecard";

    @Test
    void quartersAreLocalAndEveryBranchHasARow() {
        String district = district("Huyện bảng điểm " + UUID.randomUUID());
        String commune = grassroots(district, "Xã bảng điểm");
        String an = branch(commune, "Chi bộ An");
        String binh = branch(commune, "Chi bộ Bình");
        String res = resolution(district, Fixtures.documentNumber("NQ", "HU"));
        target(res, Map.of("title", "Thời lượng", "metric", "DURATION_MINUTES", "threshold", 90));
        meeting(an, "REGULAR", "2024-01-03T14:00", 20, 18, 5, 95, true); // 90 %, passes, GOOD
        meeting(an, "THEMATIC", "2024-03-31T23:59", 20, 17, 3, 89, false); // 85 %, fails
        meeting(an, "REGULAR", "2024-04-01T00:00", 20, 20, 4, 100, false); // the second quarter
        meeting(binh, "REGULAR", "2024-04-03T14:00", 10, 9, 2, 60, false);

        api().queryParam("organizationId", commune).queryParam("quarter", "2024-Q1").get(SCORECARD).then()
                .statusCode(200)
                .body("totalItems", is(2), "totalPages", is(1), "page", is(0))
                .body("items.branchId", contains(an, binh))
                .body("items.branchName", contains("Chi bộ An", "Chi bộ Bình"))
                .body("items[0].meetingsHeld", is(2), "items[0].thematicHeld", is(1),
                        "items[0].averageAttendanceRate", is(87.5f), "items[0].averageOpinions", is(4),
                        "items[0].averageDurationMinutes", is(92), "items[0].targetsPassed", is(1),
                        "items[0].targetsFailed", is(1), "items[0].band", is("GOOD"))
                .body("items[1].meetingsHeld", is(0), "items[1].averageAttendanceRate", nullValue(),
                        "items[1].averageDurationMinutes", nullValue(), "items[1].targetsPassed", is(0),
                        "items[1].band", nullValue());
        api().queryParam("organizationId", commune).queryParam("quarter", "2024-Q2").get(SCORECARD).then()
                .statusCode(200)
                .body("items.meetingsHeld", contains(1, 1), "items.thematicHeld", contains(0, 0))
                .body("items.targetsPassed", contains(1, 0), "items.targetsFailed", contains(0, 1))
                .body("items[0].averageAttendanceRate", is(100), "items[1].averageAttendanceRate", is(90))
                .body("items.band", contains(null, null));
        // Paging; one branch's own subtree; the district holds both.
        api().queryParam("organizationId", commune).queryParam("quarter", "2024-Q2").queryParam("size", 1)
                .queryParam("page", 1).get(SCORECARD).then().statusCode(200)
                .body("items.branchId", contains(binh), "totalItems", is(2), "totalPages", is(2));
        api().queryParam("organizationId", binh).queryParam("quarter", "2024-Q2").get(SCORECARD).then()
                .statusCode(200).body("items.branchId", contains(binh));
        api().queryParam("organizationId", district).queryParam("quarter", "2024-Q1").get(SCORECARD).then()
                .statusCode(200).body("items", hasSize(2));
        // Only what the caller may read.
        as(tokenFor("BRANCH_SECRETARY", binh)).queryParam("organizationId", commune).queryParam("quarter", "2024-Q1")
                .get(SCORECARD).then().statusCode(403);
        as(tokenFor("BRANCH_SECRETARY", binh)).queryParam("organizationId", binh).queryParam("quarter", "2024-Q1")
                .get(SCORECARD).then().statusCode(200).body("items[0].meetingsHeld", is(0));
    }

    @Test
    void badParametersAreNamed() {
        String commune = grassroots(district("Huyện bảng điểm lỗi " + UUID.randomUUID()), "Xã bảng điểm lỗi");
        for (String quarter : List.of("2024-Q5", "2024Q1", "2024-04", "Q1-2024")) {
            api().queryParam("organizationId", commune).queryParam("quarter", quarter).get(SCORECARD).then()
                    .statusCode(400).body("errors.field", contains("quarter"));
        }
        api().queryParam("organizationId", commune).get(SCORECARD).then().statusCode(400)
                .body("errors.field", contains("quarter"));
        api().queryParam("quarter", "2024-Q1").get(SCORECARD).then().statusCode(400)
                .body("errors.field", contains("organizationId"));
        api().queryParam("organizationId", UUID.randomUUID()).queryParam("quarter", "2024-Q1").get(SCORECARD).then()
                .statusCode(404);
    }

    /** A held meeting from a paper book, scored full marks when {@code good}. */
    private static void meeting(String branch, String kind, String start, int members, int present, int opinions,
            int minutes, boolean good) {
        LocalDateTime begin = LocalDateTime.parse(start);
        Map<String, Object> body = new HashMap<>(Map.of("branchId", branch, "kind", kind,
                "startedAt", begin + ":00+07:00", "endedAt", begin.plusMinutes(minutes) + ":00+07:00",
                "membersTotal", members, "present", present, "excused", members - present));
        if ("THEMATIC".equals(kind)) {
            body.put("theme", "Chuyển đổi số");
        }
        body.put("opinions", IntStream.range(0, opinions).mapToObj(i -> Map.of("speaker", "Đồng chí " + i,
                "area", "PARTY_BUILDING", "summary", "Ý kiến " + i)).toList());
        if (good) {
            body.put("score", Map.of("criteria", List.of(criterion("TIME_DURATION", 5), criterion("ATTENDANCE", 5),
                    criterion("PREPARATION", 10), criterion("CONDUCT", 40), criterion("PARTY_PRINCIPLES", 5),
                    criterion("PREVIOUS_RESOLUTION", 30), criterion("CLOSING", 5))));
        }
        api().body(body).post("/api/v1/meetings").then().statusCode(201);
    }

    private static Map<String, Object> criterion(String code, int points) {
        return Map.of("code", code, "points", points);
    }
}
