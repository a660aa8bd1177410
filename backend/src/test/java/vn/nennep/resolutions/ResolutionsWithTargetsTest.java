package vn.nennep.resolutions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.documentNumber;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.indicatorBody;
import static vn.nennep.support.Fixtures.resolutionBody;
import static vn.nennep.support.Fixtures.target;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;

/**
 * Issue 08 item 3: the dashboard picks its resolution from the server, among the documents with targets in force for
 * the subtree, the one with the most targets first, however many notices were issued since.
 */
@QuarkusTest
class ResolutionsWithTargetsTest {

    private static final String RESOLUTIONS = "/api/v1/resolutions";

    private static String document(String issuer, String type, String code, String title, Map<String, Object> more,
            int targets) {
        Map<String, Object> body = resolutionBody(issuer, documentNumber(type, code));
        body.put("title", title);
        body.putAll(more);
        String id = api().body(body).post(RESOLUTIONS).then().statusCode(201).body("targetCount", is(0)).extract()
                .path("id");
        for (int i = 0; i < targets; i++) {
            target(id, indicatorBody("Chỉ tiêu " + i));
        }
        return id;
    }

    @Test
    void theResolutionsWithTargetsInForceForABranchMostTargetsFirst() {
        String district = district("Huyện chọn nghị quyết");
        String commune = grassroots(district, "Xã chọn nghị quyết");
        String branch = branch(commune, "Chi bộ chọn nghị quyết");
        String two = document(district, "NQ", "HU", "Nghị quyết về phân loại rác", Map.of(), 2);
        String three = document(district, "NQ", "HU", "Nghị quyết về sinh hoạt chi bộ", Map.of(), 3);
        String none = document(district, "TB", "HU", "Thông báo kết luận giao ban", Map.of(), 0);
        String communes = document(commune, "NQ", "ĐU", "Nghị quyết của Đảng ủy xã về sinh hoạt", Map.of(), 1);
        document(district, "NQ", "HU", "Nghị quyết đã hết hiệu lực", Map.of("effectiveTo", "2023-01-01"), 4);
        document(district("Huyện khác"), "NQ", "HU", "Nghị quyết của huyện khác", Map.of(), 5);
        for (int i = 0; i < 12; i++) { // the notices that pushed the resolution out of the twelve newest
            document(district, "TB", "HU", "Thông báo số " + i, Map.of("issuedOn", "2024-01-0" + (1 + i % 9)), 0);
        }
        String today = LocalDate.now(Time.LOCAL).toString();

        picker(branch).queryParam("effectiveOn", today).get(RESOLUTIONS).then().statusCode(200)
                .body("items.id", contains(three, two, communes), "items.targetCount", contains(3, 2, 1));
        picker(branch).queryParam("effectiveOn", today).queryParam("q", "sinh hoat").get(RESOLUTIONS).then()
                .body("items.id", contains(three, communes));
        picker(commune).queryParam("effectiveOn", today).queryParam("size", 1).get(RESOLUTIONS).then()
                .body("items.id", contains(three), "totalItems", is(3));
        api().queryParam("appliesToId", branch).queryParam("hasTargets", false).queryParam("q", "giao ban")
                .get(RESOLUTIONS).then().body("items.id", contains(none));
        api().get(RESOLUTIONS + "/{id}", three).then().statusCode(200).body("targetCount", is(3));
        api().queryParam("appliesToId", branch).queryParam("sort", "targetCount,asc").queryParam("hasTargets", true)
                .queryParam("effectiveOn", today).get(RESOLUTIONS).then()
                .body("items.targetCount", contains(1, 2, 3));
        api().queryParam("hasTargets", "maybe").get(RESOLUTIONS).then().statusCode(400)
                .body("errors.field", contains("hasTargets"));
    }

    private static RequestSpecification picker(String organization) {
        return api().queryParam("hasTargets", true).queryParam("appliesToId", organization)
                .queryParam("sort", "targetCount,desc");
    }
}
