package vn.nennep.meetings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.meetingBody;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * GET and PUT /organizations/{id}/meeting-templates: the checklist and score sheet in force (the organization's own,
 * its nearest ancestor's, or the default), set by the offices above, and what POST /meetings then accepts.
 */
@QuarkusTest
class MeetingTemplatesTest {

    private static final String TEMPLATES = "/api/v1/organizations/{id}/meeting-templates";
    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "7d1f6f0e-0b7a-4c55-9d1e-1f2a3b4c5d6e";
    private static final String DEFAULT_STEP = "Thông tin văn bản cấp trên và thời sự";
    private static final List<String> COMMUNE_STEPS = List.of("Khai mạc, điểm danh", "Kiểm điểm nghị quyết tháng trước",
            "Thảo luận, biểu quyết");

    /** A sheet of three criteria out of 100: CONDUCT is a key criterion. */
    private static List<Map<String, Object>> sheet(int conductMax) {
        return List.of(criterion("ATTENDANCE", "Đảng viên dự họp", 20, true),
                criterion("CONDUCT", "Điều hành, thảo luận", conductMax, true),
                criterion("RESULTS", "Kết quả nghị quyết kỳ trước", 30, false));
    }

    private static Map<String, Object> criterion(String code, String name, Object max, Object key) {
        Map<String, Object> c = new HashMap<>();
        c.put("code", code);
        c.put("name", name);
        c.put("max", max);
        c.put("key", key);
        return c;
    }

    private static Map<String, Object> body(Object procedure, Object criteria) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedure", procedure);
        body.put("criteria", criteria);
        return body;
    }

    private static ValidatableResponse put(String id, String ifMatch, Object body) {
        return api().header("If-Match", ifMatch).body(body).put(TEMPLATES, id).then();
    }

    @Test
    void aBranchFollowsTheDefaultThenItsCommuneThenItsOwnAndBackAgain() {
        String commune = grassroots(district(code("Huyện Cẩm Giàng")), "Đảng bộ xã Cẩm Vũ");
        String branch = branch(commune, "Chi bộ thôn Cẩm Vũ 1");

        api().get(TEMPLATES, branch).then().statusCode(200).header("ETag", "\"0\"")
                .body("organizationId", equalTo(branch), "procedure", hasSize(8), "procedure[3]", equalTo(DEFAULT_STEP),
                        "procedureFromId", nullValue(), "procedureFromName", nullValue(),
                        "criteria.code", contains("TIME_DURATION", "ATTENDANCE", "PREPARATION", "CONDUCT",
                                "PARTY_PRINCIPLES", "PREVIOUS_RESOLUTION", "CLOSING"),
                        "criteria[0].max", equalTo(5), "criteria[0].key", equalTo(true),
                        "criteriaFromId", nullValue(), "version", equalTo(0));

        // The commune sets its checklist (steps trimmed): its branch follows it; the score sheet stays the default.
        List<String> padded = COMMUNE_STEPS.stream().map(s -> "  " + s + " ").toList();
        put(commune, "\"0\"", body(padded, null)).statusCode(200).header("ETag", "\"1\"")
                .body("procedure", equalTo(COMMUNE_STEPS), "procedureFromId", equalTo(commune), "version", equalTo(1));
        api().get(TEMPLATES, branch).then().statusCode(200).header("ETag", "\"0\"")
                .body("procedure", equalTo(COMMUNE_STEPS), "procedureFromId", equalTo(commune),
                        "procedureFromName", equalTo("Đảng bộ xã Cẩm Vũ"), "criteria", hasSize(7),
                        "criteriaFromId", nullValue(), "version", equalTo(0));

        // The branch sets its own score sheet and keeps following its commune's checklist.
        put(branch, "0", body(null, sheet(50))).statusCode(200).header("ETag", "\"1\"")
                .body("procedureFromId", equalTo(commune), "criteria.code", contains("ATTENDANCE", "CONDUCT", "RESULTS"),
                        "criteriaFromId", equalTo(branch), "criteriaFromName", equalTo("Chi bộ thôn Cẩm Vũ 1"));

        // A record is checked against those: the commune's step and the branch's criteria, not the defaults.
        Map<String, Object> meeting = meetingBody(branch);
        meeting.put("procedure", List.of(Map.of("step", COMMUNE_STEPS.get(1), "done", true)));
        meeting.put("score", Map.of("criteria", List.of(Map.of("code", "ATTENDANCE", "points", 20),
                Map.of("code", "CONDUCT", "points", 50), Map.of("code", "RESULTS", "points", 25))));
        api().body(meeting).post("/api/v1/meetings").then().statusCode(201)
                .body("procedure.step", equalTo(COMMUNE_STEPS), "procedure.done", contains(false, true, false),
                        "score.total", equalTo(95), "score.band", equalTo("GOOD"));
        meeting.put("procedure", List.of(Map.of("step", DEFAULT_STEP, "done", true)));
        meeting.put("score", Map.of("criteria", List.of(Map.of("code", "PREPARATION", "points", 10))));
        api().body(meeting).post("/api/v1/meetings").then().statusCode(422)
                .body("errors.field", contains("procedure[0].step", "score.criteria[0].code"));

        // Cleared: the branch follows the default sheet again, the commune's checklist still; the version goes on.
        put(branch, "\"1\"", body(null, null)).statusCode(200).header("ETag", "\"2\"")
                .body("criteriaFromId", nullValue(), "criteria", hasSize(7), "procedureFromId", equalTo(commune),
                        "version", equalTo(2));
        put(commune, "1", Map.of()).statusCode(200).body("procedureFromId", nullValue(), "procedure", hasSize(8));
        api().get(TEMPLATES, branch).then().body("procedureFromId", nullValue(), "procedure[3]", equalTo(DEFAULT_STEP));
    }

    @Test
    void eachChangeIsInTheHistoryWithWhoMadeItAndWhatChanged() {
        String district = district(code("Huyện Gia Lộc"));
        String commune = grassroots(district, "Đảng bộ xã Gia Tân");
        String history = TEMPLATES + "/history";
        api().get(history, commune).then().statusCode(200).body("totalItems", equalTo(0), "items", hasSize(0));

        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).header("If-Match", "0").body(body(COMMUNE_STEPS, null)).put(TEMPLATES, commune).then()
                .statusCode(200);
        put(commune, "1", body(COMMUNE_STEPS, sheet(50))).statusCode(200);
        put(commune, "2", body(null, sheet(50))).statusCode(200);

        api().get(history, commune).then().statusCode(200)
                .body("totalItems", equalTo(3), "items.operation", contains("UPDATE", "UPDATE", "CREATE"),
                        "items[0].changes.field", contains("procedure"),
                        "items[0].changes[0].from", equalTo(COMMUNE_STEPS), "items[0].changes[0].to", nullValue(),
                        "items[1].changes.field", contains("criteria"),
                        "items[1].changes[0].to", contains("ATTENDANCE | Đảng viên dự họp | 20 | true",
                                "CONDUCT | Điều hành, thảo luận | 50 | true", "RESULTS | Kết quả nghị quyết kỳ trước | 30 | false"),
                        "items[2].changes.field", contains("procedure"), "items[2].actor.kind", equalTo("USER"));
        as(officer).get(history, commune).then().statusCode(200).body("totalItems", equalTo(3));
        String csv = api().accept("text/csv").get(history, commune).then().statusCode(200).extract().asString();
        assertEquals(4, csv.strip().split("\n").length, csv);

        String neighbour = tokenFor("BRANCH_SECRETARY", branch(grassroots(district, "Đảng bộ xã Gia Khánh"), "Chi bộ 4"));
        as(neighbour).get(history, commune).then().statusCode(403).contentType(PROBLEM);
        api().get(history, UNKNOWN).then().statusCode(404).contentType(PROBLEM);
        api().queryParam("size", 0).get(history, commune).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void theVersionMustBeSentAndCurrent() {
        String branch = branch(grassroots(district(code("Huyện Bình Giang")), "Đảng bộ xã Thái Học"), "Chi bộ 1");
        api().body(body(COMMUNE_STEPS, null)).put(TEMPLATES, branch).then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:precondition-required"));
        put(branch, "\"3\"", body(COMMUNE_STEPS, null)).statusCode(412).contentType(PROBLEM);
        put(branch, "\"0\"", body(COMMUNE_STEPS, null)).statusCode(200);
        // The same again changes nothing: the version stays, the history gains no entry.
        put(branch, "\"1\"", body(COMMUNE_STEPS, null)).statusCode(200).header("ETag", "\"1\"");
        api().get(TEMPLATES + "/history", branch).then().body("totalItems", equalTo(1));
        // A second writer who read version 0 is refused, and nothing of theirs is kept.
        put(branch, "\"0\"", body(List.of("Bước khác"), null)).statusCode(412)
                .body("type", equalTo("urn:nennep:problem:precondition-failed"));
        api().get(TEMPLATES, branch).then().body("procedure", equalTo(COMMUNE_STEPS), "version", equalTo(1));
    }

    @Test
    void aStepOrASheetThatBreaksARuleIsRefusedNamingItsFieldAndNothingChanges() {
        String branch = branch(grassroots(district(code("Huyện Tứ Kỳ")), "Đảng bộ xã Tứ Xuyên"), "Chi bộ 2");
        put(branch, "0", body(List.of(), null)).statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("procedure"));
        put(branch, "0", body(List.of("Khai mạc", "  "), null)).statusCode(422)
                .body("errors.field", contains("procedure[1]"), "errors[0].message", equalTo("không được để trống"));
        put(branch, "0", body(List.of("Khai mạc", "Thảo luận", " Khai mạc"), null)).statusCode(422)
                .body("errors.field", contains("procedure[2]"), "errors[0].message", containsString("bước 1"));
        put(branch, "0", body(IntStream.rangeClosed(1, 31).mapToObj(i -> "Bước " + i).toList(), null))
                .statusCode(422).body("errors.field", contains("procedure"));
        put(branch, "0", body(List.of("x".repeat(501)), null)).statusCode(422)
                .body("errors.field", contains("procedure[0]"));

        put(branch, "0", body(null, sheet(40))).statusCode(422).body("errors.field", contains("criteria"),
                "errors[0].message", equalTo("tổng điểm tối đa của các tiêu chí là 90, phải bằng 100"));
        api().header("Accept-Language", "en").header("If-Match", "0").body(body(null, sheet(40)))
                .put(TEMPLATES, branch).then().statusCode(422)
                .body("errors[0].message", equalTo("the criteria's maxima add up to 90; they must add up to 100"));
        List<Map<String, Object>> twice = new ArrayList<>(sheet(20));
        twice.add(criterion("CONDUCT", "Điều hành lần hai", 30, false));
        put(branch, "0", body(null, twice)).statusCode(422).body("errors.field", contains("criteria[3].code"),
                "errors[0].message", containsString("CONDUCT"));
        put(branch, "0", body(null, List.of(criterion("chuyen-can", "Chuyên cần", 100, true)))).statusCode(422)
                .body("errors.field", contains("criteria[0].code"));
        put(branch, "0", body(null, List.of(criterion("A", "Một", 0, true), criterion("B", "Hai", 101, false))))
                .statusCode(422).body("errors.field", contains("criteria[0].max", "criteria[1].max"));
        put(branch, "0", body(null, List.of(criterion("A", "", 100, null)))).statusCode(422)
                .body("errors.field", contains("criteria[0].key", "criteria[0].name"));

        api().get(TEMPLATES, branch).then().body("version", equalTo(0), "procedureFromId", nullValue(),
                "criteriaFromId", nullValue());
    }

    @Test
    void malformedBodiesUnknownAndMalformedIdsAreProblems() {
        String branch = branch(grassroots(district(code("Huyện Thanh Hà")), "Đảng bộ xã Thanh Sơn"), "Chi bộ 3");
        put(branch, "0", "{\"procedure\": [\"Khai mạc\"").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("JSON"));
        put(branch, "0", "{\"procedure\": \"Khai mạc\"}").statusCode(400).body("errors.field", contains("procedure"));
        put(branch, "0", "{\"criteria\": [{\"code\": \"A\", \"name\": \"Một\", \"max\": \"nhiều\", \"key\": true}]}")
                .statusCode(400).body("errors.field", contains("criteria[0].max"));
        api().get(TEMPLATES, UNKNOWN).then().statusCode(404).contentType(PROBLEM);
        put(UNKNOWN, "0", body(COMMUNE_STEPS, null)).statusCode(404).contentType(PROBLEM);
        api().get(TEMPLATES, "not-a-uuid").then().statusCode(400).body("errors.field", contains("id"));
        api().get(TEMPLATES, branch).then().body("version", equalTo(0));
    }

    @Test
    void onlyTheOfficesAboveMaySetThemAndOnlyReadersOfTheOrganizationMayReadThem() {
        String district = district(code("Huyện Kim Thành"));
        String commune = grassroots(district, "Đảng bộ xã Kim Lương");
        String branch = branch(commune, "Chi bộ thôn Kim Lương");
        String otherCommune = grassroots(district, "Đảng bộ xã Kim Xuyên");
        Map<String, Object> steps = body(COMMUNE_STEPS, null);

        String secretary = tokenFor("BRANCH_SECRETARY", branch);
        as(secretary).get(TEMPLATES, branch).then().statusCode(200);
        as(secretary).header("If-Match", "0").body(steps).put(TEMPLATES, branch).then().statusCode(403)
                .contentType(PROBLEM);
        as(secretary).get(TEMPLATES, commune).then().statusCode(403);

        String neighbour = tokenFor("GRASSROOTS_OFFICER", otherCommune);
        as(neighbour).header("If-Match", "0").body(steps).put(TEMPLATES, branch).then().statusCode(403);
        as(neighbour).get(TEMPLATES, branch).then().statusCode(403);

        String inspector = tokenFor("INSPECTOR", district);
        as(inspector).get(TEMPLATES, branch).then().statusCode(200);
        as(inspector).header("If-Match", "0").body(steps).put(TEMPLATES, branch).then().statusCode(403);

        // The commune's own officer sets the commune's templates, which its branch then follows.
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).header("If-Match", "0").body(steps).put(TEMPLATES, commune).then().statusCode(200);
        as(secretary).get(TEMPLATES, branch).then().body("procedureFromId", equalTo(commune),
                "procedureFromName", equalTo("Đảng bộ xã Kim Lương"));
        api().get(TEMPLATES, otherCommune).then().body("procedureFromId", nullValue());
    }
}
