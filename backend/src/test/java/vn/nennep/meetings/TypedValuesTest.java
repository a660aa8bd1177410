package vn.nennep.meetings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.meetingBody;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 08 item 5: the server never changes what was typed. A score above a criterion's maximum or below 0, a count
 * with decimals, is refused naming the field, in both languages, by POST, PUT and the import; times are kept to the
 * second.
 */
@QuarkusTest
class TypedValuesTest {

    private static final String MEETINGS = "/api/v1/meetings";
    private static final String FIELD = "score.criteria[0].points";

    private static Map<String, Object> scored(String branch, int points) {
        Map<String, Object> body = meetingBody(branch);
        body.put("score", Map.of("criteria", List.of(Map.of("code", "TIME_DURATION", "points", points))));
        return body;
    }

    @Test
    void pointsOutsideTheCriterionAreRefusedNotCorrected() {
        String branch = branch(grassroots(district("Huyện chấm điểm"), "Xã chấm điểm"), "Chi bộ chấm điểm");
        api().body(scored(branch, 50)).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains(FIELD),
                        "errors[0].message", equalTo("điểm vượt quá mức tối đa 5 của tiêu chí"));
        api().header("Accept-Language", "en").body(scored(branch, 50)).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains(FIELD),
                        "errors[0].message", equalTo("the points exceed the criterion's maximum of 5"));
        api().body(scored(branch, -1)).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains(FIELD), "errors[0].message", equalTo("không được âm"));
        api().header("Accept-Language", "en").body(scored(branch, -1)).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains(FIELD), "errors[0].message", equalTo("must not be negative"));
        Map<String, Object> body = scored(branch, 5);
        String id = api().body(body).post(MEETINGS).then().statusCode(201)
                .body("score.criteria.find { it.code == 'TIME_DURATION' }.points", is(5)).extract().path("id");
        Map<String, Object> edited = new HashMap<>(body);
        edited.put("score", Map.of("criteria", List.of(Map.of("code", "TIME_DURATION", "points", 50))));
        api().header("If-Match", "\"0\"").body(edited).put(MEETINGS + "/{id}", id).then().statusCode(422)
                .body("errors.field", contains(FIELD));
        edited.put("score", Map.of("criteria", List.of(Map.of("code", "TIME_DURATION", "points", -3))));
        api().header("If-Match", "\"0\"").body(edited).put(MEETINGS + "/{id}", id).then().statusCode(422)
                .body("errors.field", contains(FIELD));
        api().get(MEETINGS + "/{id}", id).then().body("version", is(0),
                "score.criteria.find { it.code == 'TIME_DURATION' }.points", is(5));
    }

    @Test
    void countsWithDecimalsAreRefusedAndTimesKeptToTheSecond() {
        String branch = branch(grassroots(district("Huyện số đếm"), "Xã số đếm"), "Chi bộ số đếm");
        Map<String, Object> body = meetingBody(branch);
        body.put("present", 27.9);
        api().body(body).post(MEETINGS).then().statusCode(400)
                .body("errors.field", contains("present"), "errors[0].message", equalTo("phải là integer"));
        body.put("present", 28);
        body.put("vote", Map.of("inFavour", 26.5, "voters", 28));
        api().header("Accept-Language", "en").body(body).post(MEETINGS).then().statusCode(400)
                .body("errors.field", contains("vote.inFavour"), "errors[0].message", equalTo("must be integer"));
        body.remove("vote");
        body.put("startedAt", "2024-03-03T14:00:30+07:00");
        body.put("endedAt", "2024-03-03T15:45:59+07:00");
        api().body(body).post(MEETINGS).then().statusCode(201)
                .body("startedAt", equalTo("2024-03-03T07:00:30Z"), "endedAt", equalTo("2024-03-03T08:45:59Z"),
                        "present", is(28), "membersTotal", is(32));
    }

    @Test
    void theImportRefusesTheSameRows() {
        String commune = grassroots(district("Huyện nhập điểm"), "Xã nhập điểm");
        String branch = branch(commune, "Chi bộ nhập điểm");
        String key = code("TV");
        List<Map<String, Object>> rows = List.of(row(scored(branch, 5), key + "-ok"),
                row(scored(branch, 50), key + "-max"), row(scored(branch, -1), key + "-neg"),
                row(withPresent(meetingBody(branch), 27.9), key + "-dec"));
        api().header("Accept-Language", "en").body(rows).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", is(1), "failed", is(3), "errors.row", contains(2, 3, 4),
                        "errors.field", contains(FIELD, FIELD, "present"),
                        "errors.message", contains("the points exceed the criterion's maximum of 5",
                                "must not be negative", "must be integer"));
    }

    private static Map<String, Object> row(Map<String, Object> body, String externalId) {
        Map<String, Object> row = new HashMap<>(body);
        row.put("externalId", externalId);
        return row;
    }

    private static Map<String, Object> withPresent(Map<String, Object> body, Object present) {
        body.put("present", present);
        return body;
    }
}
