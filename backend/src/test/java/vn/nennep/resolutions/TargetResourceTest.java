package vn.nennep.resolutions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.indicatorBody;
import static vn.nennep.support.Fixtures.report;
import static vn.nennep.support.Fixtures.reportBody;
import static vn.nennep.support.Fixtures.resolution;
import static vn.nennep.support.Fixtures.target;
import static vn.nennep.support.Fixtures.targetBody;
import static vn.nennep.support.Fixtures.tier;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TARGETS = "/api/v1/resolutions/{id}/targets";
    private static final String TARGET = "/api/v1/resolutions/{id}/targets/{targetId}";
    private static final String HCM = "tư tưởng, đạo đức, phong cách Hồ Chí Minh";
    private static final List<Map<String, Object>> NAM_SACH_TIERS = List.of(tier(0, 20, 3), tier(20, 50, 5),
            tier(50, null, 8));

    @Test
    void namSachsBranchMeetingResolutionIsExpressedExactly() {
        String resolution = resolution(district("Huyện Nam Sách chỉ tiêu"), "17-NQ/HU");
        String attendance = post(resolution, targetBody("Dự sinh hoạt từ 85%", "ATTENDANCE_RATE", "threshold", 85))
                .statusCode(201).header("Location", containsString("/targets/")).header("ETag", "\"0\"")
                .body("comparator", equalTo("GTE"), "threshold", is(85.0f), "tiers", nullValue(), "unit", equalTo("%"),
                        "resolutionId", equalTo(resolution))
                .extract().path("id");
        List<Map<String, Object>> unsorted = List.of(NAM_SACH_TIERS.get(2), NAM_SACH_TIERS.get(0), NAM_SACH_TIERS.get(1));
        post(resolution, targetBody("Lượt ý kiến theo quy mô chi bộ", "OPINION_COUNT", "tiers", unsorted)).statusCode(201)
                .body("threshold", nullValue(), "tiers.minMembers", contains(0, 20, 50),
                        "tiers.maxMembers", contains(20, 50, null), "tiers.threshold", contains(3.0f, 5.0f, 8.0f),
                        "unit", equalTo("lượt ý kiến"), "meetingKind", nullValue());
        post(resolution, targetBody("Riêng chuyên đề Hồ Chí Minh", "OPINION_COUNT", "threshold", 3, "theme", HCM))
                .statusCode(201).body("meetingKind", equalTo("THEMATIC"), "theme", equalTo(HCM), "threshold", is(3.0f));
        post(resolution, targetBody("Từ 90 phút", "DURATION_MINUTES", "threshold", 90, "combinedThreshold", 120))
                .statusCode(201).body("threshold", is(90.0f), "combinedThreshold", is(120.0f), "unit", equalTo("phút"));
        post(resolution, targetBody("Chuyên đề mỗi quý", "THEMATIC_PER_QUARTER", "threshold", 1)).statusCode(201);
        post(resolution, targetBody("100% số hộ phân loại rác", "INDICATOR", "threshold", 100, "unit", "% số hộ"))
                .statusCode(201).body("unit", equalTo("% số hộ"));
        api().get(TARGETS, resolution).then().statusCode(200).body("totalItems", is(6), "items[0].id", equalTo(attendance),
                "items.metric", contains("ATTENDANCE_RATE", "OPINION_COUNT", "OPINION_COUNT", "DURATION_MINUTES",
                        "THEMATIC_PER_QUARTER", "INDICATOR"));
        api().queryParam("metric", "OPINION_COUNT").get(TARGETS, resolution).then().body("totalItems", is(2));
        api().get(TARGET, resolution, attendance).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aTargetHasAThresholdOrTiersAndOnlyOpinionsAreTiered() {
        String resolution = resolution(district("Huyện mức hoặc bậc"), "17-NQ/HU");
        refused(post(resolution, targetBody("Cả hai", "OPINION_COUNT", "threshold", 3, "tiers", NAM_SACH_TIERS)), "tiers");
        refused(post(resolution, targetBody("Không có", "OPINION_COUNT")), "threshold");
        refused(post(resolution, targetBody("Bậc cho tỷ lệ", "ATTENDANCE_RATE", "tiers", NAM_SACH_TIERS)), "tiers");
        refused(post(resolution, targetBody("Bậc rỗng", "OPINION_COUNT", "tiers", List.of())), "tiers");
        api().body(targetBody("Chỉ tiêu lạ", "HAPPINESS", "threshold", 1)).post(TARGETS, resolution).then().statusCode(400)
                .body("errors.field", contains("metric"));
    }

    @Test
    void tiersAreContiguousFromZeroAndOpenOnlyAtTheEnd() {
        String resolution = resolution(district("Huyện bậc chi bộ"), "17-NQ/HU");
        tiers(resolution, "tiers[1].minMembers", tier(0, 20, 3), tier(15, 50, 5), tier(50, null, 8));
        tiers(resolution, "tiers[1].minMembers", tier(0, 20, 3), tier(25, null, 5));
        tiers(resolution, "tiers[0].minMembers", tier(5, 20, 3), tier(20, null, 5));
        tiers(resolution, "tiers[0].maxMembers", tier(0, null, 3), tier(20, null, 5));
        tiers(resolution, "tiers[0].maxMembers", tier(0, 0, 3), tier(0, null, 5));
        tiers(resolution, "tiers[1].maxMembers", tier(0, 20, 3), tier(20, 50, 5));
        tiers(resolution, "tiers[0].minMembers", tier(-1, 20, 3), tier(20, null, 5));
        tiers(resolution, "tiers[2].threshold", tier(0, 20, 3), tier(20, 50, 5), tier(50, null, -8));
        tiers(resolution, "tiers[0].threshold", tier(0, 20, 2.5), tier(20, null, 5));
        // Reported at the index the client sent: the [50, ∞) tier, first in the body, leaves a gap after 40.
        tiers(resolution, "tiers[0].minMembers", tier(50, null, 8), tier(0, 20, 3), tier(20, 40, 5));
        api().body(targetBody("Bậc thiếu ngưỡng", "OPINION_COUNT", "tiers", List.of(Map.of("minMembers", 0))))
                .post(TARGETS, resolution).then().statusCode(422).body("errors.field", contains("tiers[0].threshold"));
    }

    @Test
    void valuesFitTheirMetric() {
        String resolution = resolution(district("Huyện giá trị chỉ tiêu"), "17-NQ/HU");
        refused(post(resolution, targetBody("Quá 100%", "ATTENDANCE_RATE", "threshold", 100.5)), "threshold");
        refused(post(resolution, targetBody("Âm", "DURATION_MINUTES", "threshold", -90)), "threshold");
        refused(post(resolution, targetBody("Nửa ý kiến", "OPINION_COUNT", "threshold", 3.5)), "threshold");
        refused(post(resolution, targetBody("Không lần nào", "THEMATIC_PER_QUARTER", "threshold", 0)), "threshold");
        refused(post(resolution, targetBody("Nửa lần", "THEMATIC_PER_QUARTER", "threshold", 1.5)), "threshold");
        refused(post(resolution, targetBody("Quý có loại", "THEMATIC_PER_QUARTER", "threshold", 1, "meetingKind",
                "THEMATIC")), "meetingKind");
        refused(post(resolution, targetBody("Không đơn vị", "INDICATOR", "threshold", 40)), "unit");
        refused(post(resolution, targetBody("Chủ đề số liệu", "INDICATOR", "threshold", 40, "unit", "hộ", "theme", HCM)),
                "theme");
        refused(post(resolution, targetBody("Chủ đề thường kỳ", "OPINION_COUNT", "threshold", 3, "meetingKind", "REGULAR",
                "theme", HCM)), "theme");
        refused(post(resolution, targetBody("Kết hợp sai", "ATTENDANCE_RATE", "threshold", 85, "combinedThreshold", 90)),
                "combinedThreshold");
        refused(post(resolution, targetBody("Kết hợp ngắn", "DURATION_MINUTES", "threshold", 90, "combinedThreshold", 80)),
                "combinedThreshold");
        post(resolution, targetBody("Tròn 100%", "ATTENDANCE_RATE", "threshold", 100)).statusCode(201);
        post(resolution, targetBody("Không quá", "INDICATOR", "comparator", "LTE", "threshold", 2.5, "unit", "%"))
                .statusCode(201).body("comparator", equalTo("LTE"), "threshold", is(2.5f));
    }

    @Test
    void oneTargetPerMetricKindAndTheme() {
        String resolution = resolution(district("Huyện trùng chỉ tiêu"), "17-NQ/HU");
        post(resolution, targetBody("Dự họp", "ATTENDANCE_RATE", "threshold", 85)).statusCode(201);
        post(resolution, targetBody("Dự họp lần hai", "ATTENDANCE_RATE", "threshold", 80)).statusCode(409)
                .contentType(PROBLEM).body("errors.field", contains("metric"));
        post(resolution, targetBody("Dự họp chuyên đề", "ATTENDANCE_RATE", "threshold", 90, "meetingKind", "THEMATIC"))
                .statusCode(201);
        post(resolution, targetBody("Chủ đề", "OPINION_COUNT", "threshold", 3, "theme", HCM)).statusCode(201);
        post(resolution, targetBody("Chủ đề viết khác", "OPINION_COUNT", "threshold", 4, "theme",
                "TU TUONG, DAO DUC, PHONG CACH HO CHI MINH")).statusCode(409).body("errors.field", contains("theme"));
        post(resolution, indicatorBody("Số liệu một")).statusCode(201);
        post(resolution, indicatorBody("Số liệu hai")).statusCode(201);
    }

    @Test
    void changesNeedTheCurrentVersionAndShowInTheHistory() {
        String resolution = resolution(district("Huyện sửa chỉ tiêu"), "17-NQ/HU");
        String id = target(resolution, targetBody("Lượt ý kiến", "OPINION_COUNT", "tiers", NAM_SACH_TIERS));
        Map<String, Object> raised = targetBody("Lượt ý kiến", "OPINION_COUNT", "tiers",
                List.of(tier(0, 20, 3), tier(20, 50, 6), tier(50, null, 8)));
        api().body(raised).put(TARGET, resolution, id).then().statusCode(428);
        api().header("If-Match", "\"5\"").body(raised).put(TARGET, resolution, id).then().statusCode(412);
        api().header("If-Match", etag(TARGET, resolution, id)).body(raised).put(TARGET, resolution, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("tiers.threshold", contains(3.0f, 6.0f, 8.0f));
        api().get(TARGET + "/history", resolution, id).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"), "items[0].changes.field", contains("tiers"),
                        "items[0].changes[0].to", contains("[0, 20): 3", "[20, 50): 6", "[50, ∞): 8"));
    }

    @Test
    void aTargetWithReportsKeepsItsMetricAndIsNotDeleted() {
        String district = district("Huyện chỉ tiêu có báo cáo");
        String resolution = resolution(district, "17-NQ/HU");
        String id = target(resolution, indicatorBody("Kết nạp học sinh"));
        report(resolution, id, reportBody(district, "2023-01-01", 35));
        api().delete(TARGET, resolution, id).then().statusCode(409).contentType(PROBLEM);
        api().header("If-Match", etag(TARGET, resolution, id)).body(targetBody("Đổi loại", "ATTENDANCE_RATE", "threshold", 85))
                .put(TARGET, resolution, id).then().statusCode(409).body("errors.field", contains("metric"));
        String other = resolution(district, "18-NQ/HU");
        api().get(TARGET, other, id).then().statusCode(404).contentType(PROBLEM);
        api().get(TARGETS, "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10").then().statusCode(404);
    }

    @Test
    void theIssuersOfficeSetsTargetsAndItsSubtreeReadsThem() {
        String district = district("Huyện quyền chỉ tiêu");
        String commune = grassroots(district, "Xã quyền chỉ tiêu");
        String resolution = resolution(district, "17-NQ/HU");
        Map<String, Object> rate = targetBody("Dự họp", "ATTENDANCE_RATE", "threshold", 85);
        as(tokenFor("GRASSROOTS_OFFICER", commune)).body(rate).post(TARGETS, resolution).then().statusCode(403)
                .contentType(PROBLEM);
        as(tokenFor("DISTRICT_OFFICE", district("Huyện láng giềng"))).body(rate).post(TARGETS, resolution).then()
                .statusCode(403);
        String id = as(tokenFor("DISTRICT_OFFICE", district)).body(rate).post(TARGETS, resolution).then()
                .statusCode(201).extract().path("id");
        String inspector = tokenFor("INSPECTOR", commune);
        as(inspector).get(TARGETS, resolution).then().statusCode(200).body("items.id", contains(id));
        as(inspector).delete(TARGET, resolution, id).then().statusCode(403);
    }

    private static ValidatableResponse post(String resolutionId, Map<String, Object> body) {
        return api().body(body).post(TARGETS, resolutionId).then();
    }

    private static void tiers(String resolutionId, String field, Map<?, ?>... tiers) {
        refused(post(resolutionId, targetBody("Bậc sai", "OPINION_COUNT", "tiers", Arrays.asList(tiers))), field);
    }

    private static ValidatableResponse refused(ValidatableResponse response, String... fields) {
        return response.statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"), "errors.field", containsInAnyOrder(fields));
    }
}
