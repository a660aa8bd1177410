package vn.nennep.resolutions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.indicatorBody;
import static vn.nennep.support.Fixtures.report;
import static vn.nennep.support.Fixtures.reportBody;
import static vn.nennep.support.Fixtures.resolution;
import static vn.nennep.support.Fixtures.target;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Values of INDICATOR targets: DRAFT → SUBMITTED → ACCEPTED | RETURNED → edited → SUBMITTED, and who may move them. */
@QuarkusTest
class IndicatorReportTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REPORTS = "/api/v1/resolutions/{id}/targets/{targetId}/reports";
    private static final String REPORT = REPORTS + "/{reportId}";

    /** A district with a commune, its resolution and an indicator of 40 (students admitted). */
    private record World(String district, String commune, String resolution, String target) {
        static World of(String name) {
            String district = Fixtures.district("Huyện " + name);
            String commune = grassroots(district, "Xã " + name);
            String resolution = Fixtures.resolution(district, "05-NQ/HU");
            return new World(district, commune, resolution,
                    Fixtures.target(resolution, indicatorBody("Kết nạp 40 học sinh")));
        }

        ValidatableResponse post(String token, Map<String, Object> body) {
            return as(token).body(body).post(REPORTS, resolution, target).then();
        }

        ValidatableResponse act(String token, String reportId, String action) {
            return as(token).body(Map.of("reason", "Thiếu danh sách kèm theo")).post(REPORT + "/" + action,
                    resolution, target, reportId).then();
        }

        ValidatableResponse put(String token, String reportId, Map<String, Object> body) {
            return as(token).header("If-Match", etag(REPORT, resolution, target, reportId)).body(body)
                    .put(REPORT, resolution, target, reportId).then();
        }
    }

    @Test
    void theWholeCycleWithProgress() {
        World w = World.of("chu trình báo cáo");
        String officer = tokenFor("GRASSROOTS_OFFICER", w.commune());
        String office = tokenFor("DISTRICT_OFFICE", w.district());
        String id = w.post(officer, reportBody(w.commune(), "2023-01-01", 35)).statusCode(201)
                .header("Location", containsString("/reports/")).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"), "resolutionId", equalTo(w.resolution()), "value", is(35.0f),
                        "progress.required", is(40.0f), "progress.actual", is(35.0f), "progress.percent", is(87.5f),
                        "progress.achieved", is(false), "submittedAt", nullValue())
                .extract().path("id");
        w.put(officer, id, reportBody(w.commune(), "2023-01-01", 38)).statusCode(200).body("value", is(38.0f));
        w.act(officer, id, "submit").statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("SUBMITTED"), "submittedAt", notNullValue(), "submittedById", notNullValue());
        w.put(officer, id, reportBody(w.commune(), "2023-01-01", 39)).statusCode(409).contentType(PROBLEM);
        w.act(officer, id, "submit").statusCode(409).body("detail", containsString("SUBMITTED"));
        w.act(office, id, "return").statusCode(200)
                .body("status", equalTo("RETURNED"), "returnReason", equalTo("Thiếu danh sách kèm theo"),
                        "reviewedById", notNullValue());
        w.act(office, id, "accept").statusCode(409);
        w.act(officer, id, "submit").statusCode(409).body("detail", containsString("chỉnh sửa"));
        w.put(officer, id, reportBody(w.commune(), "2023-01-01", 40)).statusCode(200);
        w.act(officer, id, "submit").statusCode(200).body("status", equalTo("SUBMITTED"));
        w.act(office, id, "accept").statusCode(200).body("status", equalTo("ACCEPTED"), "progress.percent", is(100.0f),
                "progress.achieved", is(true));
        w.act(office, id, "return").statusCode(409);
        w.act(officer, id, "submit").statusCode(409);
        as(officer).delete(REPORT, w.resolution(), w.target(), id).then().statusCode(409);
        api().get(REPORT + "/history", w.resolution(), w.target(), id).then().statusCode(200)
                .body("totalItems", is(7), "items[0].changes.field", hasItems("status"),
                        "items[0].changes.find { it.field == 'status' }.to", equalTo("ACCEPTED"));
    }

    @Test
    void aReportFollowsTheRules() {
        World w = World.of("quy tắc báo cáo");
        String meetings = target(w.resolution(), Map.of("title", "Dự họp", "metric", "ATTENDANCE_RATE", "threshold", 85));
        api().body(reportBody(w.commune(), "2023-01-01", 35)).post(REPORTS, w.resolution(), meetings).then()
                .statusCode(422).contentType(PROBLEM).body("errors.field", contains("targetId"));
        refused(w, reportBody(district("Huyện ngoài phạm vi"), "2023-01-01", 35), "organizationId");
        refused(w, reportBody(w.commune(), "2024-01-01", 35), "periodEnd");
        refused(w, reportBody(w.commune(), "2023-01-01", -1), "value");
        refused(w, reportBody(w.commune(), "2023-01-01", 1.005), "value");
        Map<String, Object> noEvidence = reportBody(w.commune(), "2023-01-01", 35);
        noEvidence.put("evidence", " ");
        refused(w, noEvidence, "evidence");
        report(w.resolution(), w.target(), reportBody(w.commune(), "2023-01-01", 35));
        api().body(reportBody(w.commune(), "2023-01-01", 36)).post(REPORTS, w.resolution(), w.target()).then()
                .statusCode(409).body("errors.field", contains("periodStart"));
        String submitted = report(w.resolution(), w.target(), reportBody(w.commune(), "2023-07-01", 20));
        api().post(REPORT + "/submit", w.resolution(), w.target(), submitted).then().statusCode(200);
        api().body(Map.of("reason", "")).post(REPORT + "/return", w.resolution(), w.target(), submitted).then()
                .statusCode(422).body("errors.field", contains("reason"));
        String draft = report(w.resolution(), w.target(), reportBody(w.district(), "2023-01-01", 40));
        api().delete(REPORT, w.resolution(), w.target(), draft).then().statusCode(204);
    }

    @Test
    void listsFilterByStatusAndOrganization() {
        World w = World.of("lọc báo cáo");
        String first = report(w.resolution(), w.target(), reportBody(w.commune(), "2023-01-01", 35));
        String second = report(w.resolution(), w.target(), reportBody(w.district(), "2023-07-01", 18));
        api().post(REPORT + "/submit", w.resolution(), w.target(), second).then().statusCode(200);
        api().get(REPORTS, w.resolution(), w.target()).then().statusCode(200)
                .body("items.id", contains(second, first), "totalItems", is(2));
        api().queryParam("status", "SUBMITTED").get(REPORTS, w.resolution(), w.target()).then()
                .body("items.id", contains(second));
        api().queryParam("organizationId", w.commune()).get(REPORTS, w.resolution(), w.target()).then()
                .body("items.id", contains(first));
        api().queryParam("sort", "value,desc").get(REPORTS, w.resolution(), w.target()).then()
                .body("items.id", contains(first, second));
        api().queryParam("status", "LOST").get(REPORTS, w.resolution(), w.target()).then().statusCode(400)
                .body("errors.field", contains("status"));
    }

    @Test
    void theReportingOfficeWritesAndTheDistrictOfficeReviews() {
        World w = World.of("quyền báo cáo");
        String branch = branch(w.commune(), "Chi bộ quyền báo cáo");
        String neighbour = grassroots(w.district(), "Xã láng giềng báo cáo");
        String secretary = tokenFor("BRANCH_SECRETARY", branch);
        String mine = w.post(secretary, reportBody(branch, "2023-01-01", 2)).statusCode(201).extract().path("id");
        w.post(secretary, reportBody(w.commune(), "2023-01-01", 10)).statusCode(403).contentType(PROBLEM);
        w.post(tokenFor("GRASSROOTS_OFFICER", neighbour), reportBody(w.commune(), "2023-01-01", 10)).statusCode(403);
        w.post(tokenFor("INSPECTOR", w.district()), reportBody(w.district(), "2023-01-01", 10)).statusCode(403);
        String theirs = report(w.resolution(), w.target(), reportBody(neighbour, "2023-01-01", 5));
        as(secretary).get(REPORT, w.resolution(), w.target(), theirs).then().statusCode(403);
        as(secretary).get(REPORTS, w.resolution(), w.target()).then().statusCode(200).body("items.id", contains(mine));
        w.act(secretary, mine, "submit").statusCode(200);
        w.act(secretary, mine, "accept").statusCode(403);
        w.act(tokenFor("GRASSROOTS_OFFICER", w.commune()), mine, "accept").statusCode(403);
        w.act(tokenFor("DISTRICT_OFFICE", district("Huyện khác duyệt")), mine, "accept").statusCode(403);
        w.act(tokenFor("DISTRICT_OFFICE", w.district()), mine, "accept").statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        api().post(REPORT + "/submit", w.resolution(), w.target(), theirs).then().statusCode(200);
        api().body(Map.of("reason", "Số liệu chưa khớp")).post(REPORT + "/return", w.resolution(), w.target(), theirs)
                .then().statusCode(200).body("status", equalTo("RETURNED"));
    }

    private static void refused(World w, Map<String, Object> body, String field) {
        api().body(body).post(REPORTS, w.resolution(), w.target()).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"), "errors.field", contains(field));
    }
}
