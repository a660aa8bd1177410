package vn.nennep.resolutions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.resolution;
import static vn.nennep.support.Fixtures.target;
import static vn.nennep.support.Fixtures.targetBody;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * Issue 08 item 13: what the server composes follows Accept-Language: a target's default unit ("≥ 90 phút" reads
 * "≥ 90 minutes" in English) and the reasons of a meeting's evaluation; what a client typed stays as typed.
 */
@QuarkusTest
class TargetLanguageTest {

    private static final String TARGETS = "/api/v1/resolutions/{id}/targets";

    @Test
    void aTargetsDefaultUnitIsWrittenInTheReadersLanguageATypedOneAsTyped() {
        String resolution = resolution(district("Huyện đơn vị chỉ tiêu"), Fixtures.documentNumber("NQ", "HU"));
        String duration = target(resolution, targetBody("Thời lượng", "DURATION_MINUTES", "threshold", 90));
        String opinions = target(resolution, targetBody("Ý kiến", "OPINION_COUNT", "threshold", 3,
                "unit", "lượt phát biểu"));
        String quarterly = target(resolution, targetBody("Chuyên đề", "THEMATIC_PER_QUARTER", "threshold", 1));
        String path = TARGETS + "/{targetId}";
        api().get(path, resolution, duration).then().statusCode(200).body("unit", equalTo("phút"));
        api().header("Accept-Language", "en").get(path, resolution, duration).then().statusCode(200)
                .body("unit", equalTo("minutes"));
        api().header("Accept-Language", "en").get(path, resolution, opinions).then().body("unit",
                equalTo("lượt phát biểu"));
        api().header("Accept-Language", "en").get(TARGETS, resolution).then().statusCode(200)
                .body("items.unit", contains("minutes", "lượt phát biểu", "meetings a quarter"));
        api().get(TARGETS, resolution).then().body("items.unit", contains("phút", "lượt phát biểu", "cuộc/quý"));
        String csv = api().header("Accept-Language", "en").accept("text/csv").get(TARGETS, resolution).then()
                .statusCode(200).extract().asString();
        assertEquals(true, csv.contains(",minutes,") && !csv.contains(",phút,"), csv);
        api().header("Accept-Language", "en").body(targetBody("Tỷ lệ dự họp", "ATTENDANCE_RATE", "threshold", 85))
                .post(TARGETS, resolution).then().statusCode(201).body("unit", equalTo("%"));
        api().header("Accept-Language", "en").header("If-Match", "\"0\"")
                .body(targetBody("Chuyên đề mỗi quý", "THEMATIC_PER_QUARTER", "threshold", 1))
                .put(path, resolution, quarterly).then().statusCode(200).body("unit", equalTo("meetings a quarter"));
    }

    @Test
    void theEvaluationsReasonsAreInTheReadersLanguageUnitsIncluded() {
        String district = district("Huyện lý do đánh giá");
        String branch = branch(grassroots(district, "Xã lý do đánh giá"), "Chi bộ lý do đánh giá");
        String resolution = resolution(district, Fixtures.documentNumber("NQ", "HU"));
        target(resolution, targetBody("Thời lượng", "DURATION_MINUTES", "threshold", 90));
        Map<String, Object> body = Fixtures.meetingBody(branch);
        body.put("endedAt", "2024-03-03T15:20:00+07:00"); // 80 minutes
        String meeting = api().body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        String evaluation = "/api/v1/meetings/{id}/evaluation";
        api().get(evaluation, meeting).then().statusCode(200)
                .body("reason", contains("Chưa đạt: sinh hoạt 80 phút; yêu cầu từ 90 phút trở lên (mọi cuộc sinh"
                        + " hoạt chi bộ)."));
        api().header("Accept-Language", "en").get(evaluation, meeting).then().statusCode(200)
                .body("reason", contains("Not met: the meeting lasted 80 minutes; required at least 90 minutes (every"
                        + " branch meeting)."));
    }
}
