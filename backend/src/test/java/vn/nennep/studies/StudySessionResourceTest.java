package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.studies.SessionFixtures.point;
import static vn.nennep.studies.SessionFixtures.session;
import static vn.nennep.studies.SessionFixtures.sessionBody;
import static vn.nennep.studies.SessionFixtures.studyPlan;
import static vn.nennep.studies.SessionFixtures.trieuSonBody;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Study sessions: seed 004's figures, the format rules, the walk-in tolerance, edits, filters and deletion. */
@QuarkusTest
class StudySessionResourceTest {

    private static final String BASE = "/api/v1/study-sessions";
    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void trieuSonsHybridSessionReaches99Point8Percent() {
        String district = district("Huyện Triệu Sơn thử");
        String plan = studyPlan(district, district);
        String id = api().body(trieuSonBody(plan, district)).post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/")).header("ETag", "\"0\"")
                .body("bridgePointCount", is(36), "onlineExpected", is(1353), "onlineAttended", is(1350),
                        "inPersonAttended", is(350), "expectedTotal", is(1703), "attendedTotal", is(1700),
                        "walkIns", is(0), "participationRate", is(99.8f), "format", equalTo("HYBRID"),
                        "studyPlanId", equalTo(plan), "studyPlanNumber", containsString("-KH/HU"),
                        "resolutionNumber", containsString("-NQ/HU"), "remarkCounts.LATE", is(0),
                        "remarkCounts.PRAISED", is(0))
                .extract().path("id");
        api().get(BASE + "/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("participationRate", is(99.8f), "bridgePoints[35].name", equalTo("Điểm cầu số 36"),
                        "bridgePoints[35].expected", is(44), "bridgePoints[35].attended", is(43),
                        "bridgePoints[0].hostOrganizationId", nullValue());
    }

    @Test
    void walkInsWithinTheToleranceCountButNotInTheRate() {
        String district = district("Huyện người dự thêm");
        String plan = studyPlan(district, district);
        Map<String, Object> body = sessionBody(plan, district);
        body.put("format", "HYBRID");
        body.put("inPersonExpected", 350);
        body.put("inPersonAttended", 385);
        body.put("bridgePoints", List.of(point("Điểm cầu xã A", 40, 44), point("Điểm cầu xã B", 5, 6),
                point("Điểm cầu xã C", 10, 8)));
        // 40 admit 4 more, 5 admit 1 (half of one, rounded up), 350 admit 35: all within the tolerance.
        api().body(body).post(BASE).then().statusCode(201)
                .body("attendedTotal", is(443), "expectedTotal", is(405), "walkIns", is(40),
                        "participationRate", is(99.5f));
        body.put("bridgePoints", List.of(point("Điểm cầu xã A", 40, 45), point("Điểm cầu xã B", 5, 7)));
        body.put("inPersonAttended", 386);
        api().body(body).post(BASE).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("inPersonAttended", "bridgePoints[0].attended",
                        "bridgePoints[1].attended"), "errors[1].message", containsString("44"),
                        "errors[0].message", containsString("385"));
        api().header("Accept-Language", "en").body(body).post(BASE).then().statusCode(422)
                .body("errors[2].message", containsString("at most 1 walk-ins"));
        api().queryParam("studyPlanId", plan).get(BASE).then().statusCode(200).body("totalItems", is(1));
    }

    @Test
    void countsMustBeWholeNonNegativeAndAttendedNeedsExpected() {
        String district = district("Huyện số liệu sai");
        String plan = studyPlan(district, district);
        Map<String, Object> body = sessionBody(plan, district);
        body.put("format", "ONLINE");
        body.remove("inPersonExpected");
        body.remove("inPersonAttended");
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            points.add(point("Điểm cầu " + i, 30, 30));
        }
        points.set(3, point("Điểm cầu 3", -1, 0));
        body.put("bridgePoints", points);
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("bridgePoints[3].expected"));
        points.set(3, point("Điểm cầu 3", null, 12));
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("bridgePoints[3].attended"),
                        "errors[0].message", containsString("triệu tập"));
        points.set(3, point("Điểm cầu 3", 30, null));
        body.put("endsAt", "2024-03-15T07:00:00+07:00");
        api().body(body).post(BASE).then().statusCode(422).body("errors.field", contains("endsAt"));
        api().queryParam("studyPlanId", plan).get(BASE).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void theFormatDecidesWhichCountsASessionHas() {
        String district = district("Huyện hình thức hội nghị");
        String plan = studyPlan(district, district);
        Map<String, Object> body = sessionBody(plan, district);
        body.put("bridgePoints", List.of(point("Điểm cầu xã A", 40, 40)));
        api().body(body).post(BASE).then().statusCode(422).body("errors.field", contains("bridgePoints"));
        body.put("format", "ONLINE");
        api().body(body).post(BASE).then().statusCode(422).body("errors.field", contains("inPersonExpected"));
        body.put("format", "HYBRID");
        body.put("bridgePoints", List.of());
        body.remove("inPersonExpected");
        body.remove("inPersonAttended");
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("bridgePoints", "inPersonExpected"));
        body.put("format", "BROADCAST");
        api().body(body).post(BASE).then().statusCode(201)
                .body("participationRate", nullValue(), "expectedTotal", is(0), "bridgePointCount", is(0));
    }

    @Test
    void theHolderIsThePlannerOrWithinThePlansScope() {
        String district = district("Huyện phạm vi kế hoạch");
        String inside = grassroots(district, "Xã trong phạm vi");
        String outside = grassroots(district, "Xã ngoài phạm vi");
        String plan = studyPlan(district, inside);
        session(plan, district);
        session(plan, branch(inside, "Chi bộ trong phạm vi"));
        api().body(sessionBody(plan, outside)).post(BASE).then().statusCode(422)
                .body("errors.field", contains("organizationId"), "errors[0].message", containsString("phạm vi"));
        api().body(sessionBody(UNKNOWN, district)).post(BASE).then().statusCode(422)
                .body("errors.field", contains("studyPlanId"));
        api().body(sessionBody(plan, UNKNOWN)).post(BASE).then().statusCode(422)
                .body("errors.field", contains("organizationId"));
        Map<String, Object> hosted = sessionBody(plan, district);
        hosted.put("format", "BROADCAST");
        hosted.put("bridgePoints", List.of(Map.of("name", "Đài truyền thanh xã", "hostOrganizationId", UNKNOWN)));
        api().body(hosted).post(BASE).then().statusCode(422)
                .body("errors.field", contains("bridgePoints[0].hostOrganizationId"));
        hosted.put("bridgePoints", List.of(Map.of("name", "Đài truyền thanh xã", "hostOrganizationId", inside)));
        api().body(hosted).post(BASE).then().statusCode(201)
                .body("bridgePoints[0].hostOrganizationId", equalTo(inside), "participationRate", is(95.0f));
        api().body(Map.of("title", "")).post(BASE).then().statusCode(422)
                .body("errors.field", contains("audience", "endsAt", "format", "organizationId", "organizerKind",
                        "startsAt", "studyPlanId", "title"));
    }

    @Test
    void anEditNeedsTheVersionAndRecomputesTheFigures() {
        String district = district("Huyện sửa hội nghị");
        String plan = studyPlan(district, district);
        String id = session(plan, district);
        Map<String, Object> body = sessionBody(plan, district);
        body.put("inPersonAttended", 100);
        body.put("participationRate", 12.5);
        body.put("attendedTotal", 9999);
        api().body(body).put(BASE + "/{id}", id).then().statusCode(428);
        api().header("If-Match", "\"7\"").body(body).put(BASE + "/{id}", id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put(BASE + "/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("participationRate", is(100.0f), "attendedTotal", is(100));
        body.put("inPersonAttended", 200);
        api().header("If-Match", "\"1\"").body(body).put(BASE + "/{id}", id).then().statusCode(422)
                .body("errors.field", contains("inPersonAttended"));
        api().get(BASE + "/{id}", id).then().body("inPersonAttended", is(100), "version", is(1));
    }

    @Test
    void listsFilterSortAndSearchIgnoringDiacritics() {
        String district = district("Huyện lọc hội nghị học tập");
        String commune = grassroots(district, "Xã lọc học tập");
        String plan = studyPlan(district, district);
        String other = studyPlan(district, district);
        String hall = session(plan, commune);
        Map<String, Object> online = sessionBody(other, district);
        online.put("format", "ONLINE");
        online.put("audience", "KEY_CADRES");
        online.put("organizerName", "Huyện đoàn Triệu Sơn");
        online.put("startsAt", "2024-04-02T07:30:00+07:00");
        online.put("endsAt", "2024-04-02T10:30:00+07:00");
        online.remove("inPersonExpected");
        online.remove("inPersonAttended");
        online.put("bridgePoints", List.of(point("Điểm cầu thị trấn", 50, 40)));
        String broadcast = session(online);
        String resolution = api().get(BASE + "/{id}", broadcast).then().extract().path("resolutionId");

        api().queryParam("organizationId", district).get(BASE).then().statusCode(200)
                .body("items.id", contains(broadcast, hall));
        api().queryParam("organizationId", commune).get(BASE).then().body("items.id", contains(hall));
        api().queryParam("resolutionId", resolution).get(BASE).then().body("items.id", contains(broadcast));
        api().queryParam("organizationId", district).queryParam("format", "ONLINE").get(BASE).then()
                .body("items.id", contains(broadcast));
        api().queryParam("organizationId", district).queryParam("audience", "ALL_MEMBERS").get(BASE).then()
                .body("items.id", contains(hall));
        api().queryParam("organizationId", district).queryParam("from", "2024-04-02").queryParam("to", "2024-04-02")
                .get(BASE).then().body("items.id", contains(broadcast));
        api().queryParam("organizationId", district).queryParam("to", "2024-03-15").get(BASE).then()
                .body("items.id", contains(hall));
        api().queryParam("q", "huyen doan trieu son").queryParam("organizationId", district).get(BASE).then()
                .body("items.id", contains(broadcast));
        api().queryParam("organizationId", district).queryParam("sort", "participationRate,asc").get(BASE).then()
                .body("items.id", contains(broadcast, hall), "items.participationRate", contains(80.0f, 95.0f));
        api().queryParam("format", "RADIO").get(BASE).then().statusCode(400);
        api().queryParam("sort", "title").get(BASE).then().statusCode(400);
    }

    @Test
    void aSessionWithRemarksIsNotDeleted() {
        String district = district("Huyện xóa hội nghị");
        String plan = studyPlan(district, district);
        String id = session(plan, district);
        String remark = SessionFixtures.remark(id, SessionFixtures.remarkBody(district));
        api().delete(BASE + "/{id}", id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("1 nhận xét"));
        api().delete(BASE + "/{id}/remarks/{r}", id, remark).then().statusCode(204);
        api().delete(BASE + "/{id}", id).then().statusCode(204);
        api().get(BASE + "/{id}", id).then().statusCode(404);
    }
}
