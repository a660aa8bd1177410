package vn.nennep.evaluation;

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

    /**
     * Issue 08 item 10: two communes each have a "Chi bộ thôn An Tây"; the commune tells them apart, and every column
     * sorts on the server, the rows without a value last, ties by branch name, commune name and id.
     */
    @Test
    void eachRowNamesItsCommuneAndEveryColumnSorts() {
        String district = district("Huyện bảng điểm sắp xếp " + UUID.randomUUID());
        String anLam = grassroots(district, "Đảng bộ xã An Lâm");
        String namHung = grassroots(district, "Đảng bộ xã Nam Hưng");
        String a1 = branch(anLam, "Chi bộ thôn An Tây");
        String a2 = branch(anLam, "Chi bộ thôn Bắc");
        String b1 = branch(namHung, "Chi bộ thôn An Tây");
        String res = resolution(district, Fixtures.documentNumber("NQ", "HU"));
        target(res, Map.of("title", "Thời lượng", "metric", "DURATION_MINUTES", "threshold", 90));
        meeting(a1, "REGULAR", "2024-01-03T14:00", 20, 18, 5, 95, true); // 90 %, passes, GOOD
        meeting(a1, "REGULAR", "2024-02-03T14:00", 20, 16, 3, 80, false); // 80 %, fails
        Map<String, Object> poor = new HashMap<>(Map.of("branchId", b1, "kind", "REGULAR",
                "startedAt", "2024-01-05T14:00:00+07:00", "endedAt", "2024-01-05T15:40:00+07:00",
                "membersTotal", 10, "present", 10)); // 100 %, 100 minutes, passes, POOR
        poor.put("score", Map.of("criteria", List.of(criterion("TIME_DURATION", 2), criterion("ATTENDANCE", 2),
                criterion("PREPARATION", 5), criterion("CONDUCT", 20), criterion("PARTY_PRINCIPLES", 2),
                criterion("PREVIOUS_RESOLUTION", 10), criterion("CLOSING", 2))));
        api().body(poor).post("/api/v1/meetings").then().statusCode(201);

        sorted(district, null).body("items.branchId", contains(a1, b1, a2))
                .body("items.communeId", contains(anLam, namHung, anLam))
                .body("items.communeName", contains("Đảng bộ xã An Lâm", "Đảng bộ xã Nam Hưng", "Đảng bộ xã An Lâm"))
                .body("items.meetingsHeld", contains(2, 1, 0), "items.averageAttendanceRate", contains(85, 100, null))
                .body("items.band", contains("GOOD", "POOR", null));
        sorted(district, "communeName,desc").body("items.branchId", contains(b1, a1, a2));
        sorted(district, "branchName,desc").body("items.branchId", contains(a2, a1, b1));
        sorted(district, "averageAttendanceRate,asc").body("items.branchId", contains(a1, b1, a2));
        sorted(district, "averageAttendanceRate,desc").body("items.branchId", contains(b1, a1, a2));
        sorted(district, "averageDurationMinutes").body("items.branchId", contains(a1, b1, a2));
        sorted(district, "averageOpinions,desc").body("items.branchId", contains(a1, b1, a2));
        sorted(district, "meetingsHeld,asc").body("items.branchId", contains(a2, b1, a1));
        sorted(district, "thematicHeld,desc").body("items.branchId", contains(a1, b1, a2));
        sorted(district, "targetsPassed,asc").body("items.branchId", contains(a2, a1, b1));
        sorted(district, "targetsFailed,desc").body("items.branchId", contains(a1, b1, a2));
        sorted(district, "targetsFailed,asc").body("items.branchId", contains(b1, a2, a1));
        sorted(district, "band,asc").body("items.branchId", contains(b1, a1, a2));
        sorted(district, "band,desc").body("items.branchId", contains(a1, b1, a2));
        api().queryParam("organizationId", district).queryParam("quarter", "2024-Q1")
                .queryParam("sort", "band,desc").queryParam("size", 1).queryParam("page", 1).get(SCORECARD).then()
                .statusCode(200).body("items.branchId", contains(b1), "totalItems", is(3));
        for (String bad : List.of("title", "band,up", "code,asc")) {
            api().queryParam("organizationId", district).queryParam("quarter", "2024-Q1").queryParam("sort", bad)
                    .get(SCORECARD).then().statusCode(400).body("errors.field", contains("sort"));
        }
    }

    private static io.restassured.response.ValidatableResponse sorted(String organization, String sort) {
        var request = api().queryParam("organizationId", organization).queryParam("quarter", "2024-Q1");
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.get(SCORECARD).then().statusCode(200);
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
