package vn.nennep.zones;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.zone;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoneResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    private static Map<String, Object> body(String name, String districtId, List<String> organizationIds) {
        return Map.of("name", name, "districtId", districtId, "organizationIds", organizationIds);
    }

    @Test
    void createsAZoneAndMarksItsCommittees() {
        String district = district("Huyện có khu");
        String first = grassroots(district, "Xã An Lâm");
        String second = grassroots(district, "Xã Bình Lãng");
        String id = api().body(Map.of("name", "Khu 1", "districtId", district, "headName", "Trần Văn Bình",
                        "organizationIds", List.of(second, first)))
                .post("/api/v1/zones")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/zones/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Khu 1"), "districtId", equalTo(district), "headName", equalTo("Trần Văn Bình"),
                        "organizationIds", containsInAnyOrder(first, second), "version", is(0))
                .extract().path("id");

        api().get("/api/v1/zones/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id), "organizationIds", containsInAnyOrder(first, second));
        api().get("/api/v1/organizations/{id}", first).then().statusCode(200).body("zoneId", equalTo(id));
        api().queryParam("zoneId", id).get("/api/v1/organizations").then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second), "totalItems", is(2));
    }

    @Test
    void listsByDistrictAndSearchesIgnoringDiacritics() {
        String district = district("Huyện lọc khu");
        String other = district("Huyện khác");
        String one = zone(district, "Khu Một", List.of());
        String two = zone(district, "Cụm Hai", List.of());
        zone(other, "Khu Một", List.of());

        api().queryParam("districtId", district).get("/api/v1/zones").then().statusCode(200)
                .body("items.id", contains(two, one), "totalItems", is(2), "page", is(0), "size", is(50));
        api().queryParam("districtId", district).queryParam("q", "khu mot").get("/api/v1/zones")
                .then().statusCode(200).body("items.id", contains(one));
        api().queryParam("districtId", district).queryParam("q", "CUM HAI").get("/api/v1/zones")
                .then().statusCode(200).body("items.id", contains(two));
        api().queryParam("districtId", district).queryParam("q", "50%").get("/api/v1/zones")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void updateReplacesTheListAndNeedsTheCurrentVersion() {
        String district = district("Huyện sửa khu");
        String kept = grassroots(district, "Xã giữ lại");
        String removed = grassroots(district, "Xã bị bỏ");
        String added = grassroots(district, "Xã thêm vào");
        String id = zone(district, "Khu sửa", List.of(kept, removed));
        Map<String, Object> update = body("Khu sửa", district, List.of(kept, added));

        api().body(update).put("/api/v1/zones/{id}", id).then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:precondition-required"));
        api().header("If-Match", "\"0\"").body(update).put("/api/v1/zones/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("organizationIds", containsInAnyOrder(kept, added), "version", is(1));
        api().header("If-Match", "\"0\"").body(update).put("/api/v1/zones/{id}", id)
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:precondition-failed"));

        api().get("/api/v1/organizations/{id}", removed).then().body("zoneId", nullValue());
        api().get("/api/v1/organizations/{id}", added).then().body("zoneId", equalTo(id));
        api().queryParam("zoneId", id).get("/api/v1/organizations").then()
                .body("items.id", containsInAnyOrder(kept, added));
    }

    @Test
    void deletingAZoneKeepsItsCommittees() {
        String district = district("Huyện xóa khu");
        String commune = grassroots(district, "Xã còn lại");
        String id = zone(district, "Khu xóa", List.of(commune));

        api().delete("/api/v1/zones/{id}", id).then().statusCode(204);
        api().get("/api/v1/zones/{id}", id).then().statusCode(404).contentType(PROBLEM);
        api().get("/api/v1/organizations/{id}", commune).then().statusCode(200).body("zoneId", nullValue());
        api().delete("/api/v1/zones/{id}", id).then().statusCode(404);
    }

    @Test
    void theDistrictMustBeAKnownDistrict() {
        String district = district("Huyện thật");
        String commune = grassroots(district, "Xã không phải huyện");
        api().body(body("Khu sai", commune, List.of())).post("/api/v1/zones").then().statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:validation"),
                        "errors.field", contains("districtId"), "errors[0].message", containsString("GRASSROOTS"));
        api().body(body("Khu mồ côi", UNKNOWN, List.of())).post("/api/v1/zones").then().statusCode(422)
                .body("errors.field", contains("districtId"));
    }

    @Test
    void everyOrganizationMustBeAFreeCommitteeOfTheDistrict() {
        String district = district("Huyện kiểm tra khu");
        String commune = grassroots(district, "Xã hợp lệ");
        String branch = branch(commune, "Chi bộ không hợp lệ");
        String elsewhere = grassroots(district("Huyện láng giềng"), "Xã huyện khác");

        api().body(body("Khu chi bộ", district, List.of(commune, branch))).post("/api/v1/zones")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("organizationIds[1]"));
        api().body(body("Khu liên huyện", district, List.of(commune, elsewhere))).post("/api/v1/zones")
                .then().statusCode(422).body("errors.field", contains("organizationIds[1]"));
        api().body(body("Khu ma", district, List.of(UNKNOWN))).post("/api/v1/zones")
                .then().statusCode(422).body("errors.field", contains("organizationIds[0]"));
        api().body(body("Khu lặp", district, List.of(commune, commune))).post("/api/v1/zones")
                .then().statusCode(422).body("errors.field", contains("organizationIds[1]"));

        zone(district, "Khu đã có", List.of(commune));
        api().body(body("Khu tranh", district, List.of(commune))).post("/api/v1/zones")
                .then().statusCode(422).body("errors.field", contains("organizationIds[0]"),
                        "errors[0].message", containsString("Khu đã có"));
    }

    @Test
    void namesAreUniqueWithinADistrictIgnoringCase() {
        String district = district("Huyện trùng tên khu");
        String other = district("Huyện khác tên khu");
        zone(district, "Khu Trung Tâm", List.of());

        api().body(body("khu trung tâm", district, List.of())).post("/api/v1/zones").then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:conflict"),
                        "errors.field", contains("name"));
        api().body(body("Khu Trung Tâm", other, List.of())).post("/api/v1/zones").then().statusCode(201);

        String second = zone(district, "Khu Ven Sông", List.of());
        api().header("If-Match", "\"0\"").body(body("KHU TRUNG TÂM", district, List.of()))
                .put("/api/v1/zones/{id}", second).then().statusCode(409).body("errors.field", contains("name"));
    }

    @Test
    void namesEveryMissingFieldAndRejectsMalformedJson() {
        api().body(Map.of("headName", "Ai đó")).post("/api/v1/zones").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("districtId", "name"),
                        "errors[0].message", equalTo("không được để trống"));
        api().body("{bad").post("/api/v1/zones").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:bad-request"), "detail", containsString("JSON"));
        // Cut off inside a list: the same answer, with where it ends.
        api().body("{\"name\":\"Khu\",\"organizationIds\":[").post("/api/v1/zones").then().statusCode(400)
                .body("detail", containsString("JSON"), "detail", containsString("dòng 1"));
        api().body("{\"name\":\"Khu\",\"districtId\":\"abc\"}").post("/api/v1/zones").then().statusCode(400)
                .body("errors.field", contains("districtId"));
        String district = district("Huyện danh sách rỗng");
        api().body("{\"name\":\"Khu\",\"districtId\":\"" + district + "\",\"organizationIds\":[null]}")
                .post("/api/v1/zones").then().statusCode(422).body("errors.field", contains("organizationIds[0]"));
        api().body("{\"name\":\"Khu\",\"districtId\":\"" + district + "\",\"organizationIds\":[\"x\"]}")
                .post("/api/v1/zones").then().statusCode(400).body("errors.field", contains("organizationIds[0]"));
    }

    @Test
    void answersUnknownAndMalformedIdsWithProblems() {
        api().get("/api/v1/zones/{id}", "not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("id"));
        api().get("/api/v1/zones/{id}", UNKNOWN).then().statusCode(404).contentType(PROBLEM)
                .body("instance", startsWith("/api/v1/zones/" + UNKNOWN), "detail", containsString(UNKNOWN));
        String district = district("Huyện id lạ");
        api().header("If-Match", "\"0\"").body(body("Khu", district, List.of()))
                .put("/api/v1/zones/{id}", UNKNOWN).then().statusCode(404);
        api().queryParam("districtId", "42").get("/api/v1/zones").then().statusCode(400)
                .body("errors.field", contains("districtId"));
    }

    @Test
    void movingACommuneToAnotherDistrictTakesItOutOfItsZone() {
        String from = district("Huyện đi");
        String to = district("Huyện đến");
        String moving = grassroots(from, "Xã chuyển đi");
        String staying = grassroots(from, "Xã ở lại");
        String id = zone(from, "Khu có xã chuyển", List.of(moving, staying));

        api().header("If-Match", etag("/api/v1/organizations/{id}", moving))
                .body(Map.of("code", code("MV"), "name", "Xã chuyển đi", "type", "GRASSROOTS", "parentId", to))
                .put("/api/v1/organizations/{id}", moving)
                .then().statusCode(200).body("parentId", equalTo(to), "zoneId", nullValue());
        api().get("/api/v1/zones/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("organizationIds", contains(staying), "organizationIds", not(contains(moving)));
    }

    @Test
    void joiningOrLeavingAZoneGivesTheCommitteeANewVersion() {
        String district = district("Huyện phiên bản");
        String commune = grassroots(district, "Xã phiên bản");
        String other = grassroots(district, "Xã thứ hai");
        String id = zone(district, "Khu phiên bản", List.of(commune));
        api().get("/api/v1/organizations/{id}", commune).then().header("ETag", "\"1\"").body("zoneId", equalTo(id));

        api().header("If-Match", etag("/api/v1/zones/{id}", id)).body(body("Khu phiên bản", district, List.of(other)))
                .put("/api/v1/zones/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        api().get("/api/v1/organizations/{id}", commune).then().header("ETag", "\"2\"").body("zoneId", nullValue());

        api().delete("/api/v1/organizations/{id}", other).then().statusCode(204);
        api().get("/api/v1/zones/{id}", id).then().header("ETag", "\"2\"").body("organizationIds", hasSize(0));
    }
}
