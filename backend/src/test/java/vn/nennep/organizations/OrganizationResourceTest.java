package vn.nennep.organizations;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.conference;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.member;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createsReadsAndListsAnOrganization() {
        String code = code("NS");
        String id = api().body(Map.of("code", code, "name", "Đảng bộ huyện Nam Sách", "type", "DISTRICT",
                        "externalId", "ext-" + code))
                .post("/api/v1/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code), "name", equalTo("Đảng bộ huyện Nam Sách"), "type", equalTo("DISTRICT"),
                        "parentId", nullValue(), "memberCount", is(0), "version", is(0))
                .extract().path("id");

        api().get("/api/v1/organizations/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("externalId", equalTo("ext-" + code));
        api().queryParam("externalId", "ext-" + code).get("/api/v1/organizations").then().statusCode(200)
                .body("items.id", contains(id), "totalItems", is(1), "page", is(0), "size", is(50));
    }

    @Test
    void searchIgnoresCaseAndVietnameseDiacritics() {
        String district = district("Đảng bộ huyện Nam Sách");
        String commune = grassroots(district, "Đảng ủy xã An Lâm");
        api().queryParam("q", "nam sach").queryParam("withinId", district).get("/api/v1/organizations")
                .then().statusCode(200).body("items.id", contains(district));
        api().queryParam("q", "DANG UY").queryParam("withinId", district).get("/api/v1/organizations")
                .then().statusCode(200).body("items.id", contains(commune));
        api().queryParam("q", "100%").queryParam("withinId", district).get("/api/v1/organizations")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void pagesAndSortsChildren() {
        String district = district("Huyện phân trang");
        grassroots(district, "Xã Bình");
        grassroots(district, "Xã An");
        grassroots(district, "Xã Cường");
        api().queryParam("parentId", district).queryParam("size", 2).queryParam("sort", "name,desc")
                .get("/api/v1/organizations")
                .then().statusCode(200)
                .body("items.name", contains("Xã Cường", "Xã Bình"), "totalItems", is(3), "totalPages", is(2));
        api().queryParam("parentId", district).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "name")
                .get("/api/v1/organizations")
                .then().statusCode(200).body("items.name", contains("Xã Cường"));
    }

    @Test
    void memberCountFollowsTheRosterAndSumsUpTheTree() {
        String district = district("Huyện đếm đảng viên");
        String commune = grassroots(district, "Xã đếm");
        String declared = api().body(Map.of("code", code("CB"), "name", "Chi bộ khai báo", "type", "BRANCH",
                "parentId", commune, "memberCount", 25)).post("/api/v1/organizations")
                .then().statusCode(201).body("memberCount", is(25)).extract().path("id");
        String rostered = branch(commune, "Chi bộ có danh sách");
        member(rostered, "Nguyễn Văn An");
        member(rostered, "Trần Thị Bình");

        api().get("/api/v1/organizations/{id}", rostered).then().body("memberCount", is(2), "rosterCount", is(2));
        api().get("/api/v1/organizations/{id}", commune).then().body("memberCount", is(27));
        api().get("/api/v1/organizations/{id}/subtree", district).then().statusCode(200)
                .body("memberCount", is(27), "children[0].id", equalTo(commune),
                        "children[0].children.name", contains("Chi bộ có danh sách", "Chi bộ khai báo"));
        api().get("/api/v1/organizations/{id}", declared).then().body("rosterCount", is(0));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String district = district("Huyện cập nhật");
        Map<String, Object> body = Map.of("code", code("UP"), "name", "Huyện đã đổi tên", "type", "DISTRICT");

        api().body(body).put("/api/v1/organizations/{id}", district).then().statusCode(428)
                .contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:precondition-required"));
        api().header("If-Match", "\"0\"").body(body).put("/api/v1/organizations/{id}", district)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Huyện đã đổi tên"),
                        "version", is(1));
        api().header("If-Match", "\"0\"").body(body).put("/api/v1/organizations/{id}", district)
                .then().statusCode(412).contentType(PROBLEM).body("detail", containsString("1"));
    }

    @Test
    void rejectsAParentOfTheWrongTypeAndCycles() {
        String district = district("Huyện cấu trúc");
        String commune = grassroots(district, "Xã cấu trúc");
        String branch = branch(commune, "Chi bộ cấu trúc");

        api().body(Map.of("code", code("X"), "name", "Chi bộ sai cấp", "type", "BRANCH", "parentId", district))
                .post("/api/v1/organizations").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("parentId"), "errors[0].message", containsString("BRANCH"));
        api().body(Map.of("code", code("X"), "name", "Xã mồ côi", "type", "GRASSROOTS"))
                .post("/api/v1/organizations").then().statusCode(422).body("errors.field", contains("parentId"));
        api().body(Map.of("code", code("X"), "name", "Tỉnh có cha", "type", "PROVINCE", "parentId", district))
                .post("/api/v1/organizations").then().statusCode(422).body("errors.field", contains("parentId"));

        Map<String, Object> underOwnBranch = Map.of("code", code("X"), "name", "Xã vòng", "type", "GRASSROOTS",
                "parentId", branch);
        api().header("If-Match", etag("/api/v1/organizations/{id}", commune)).body(underOwnBranch)
                .put("/api/v1/organizations/{id}", commune).then().statusCode(422)
                .body("errors.field", contains("parentId"));
        Map<String, Object> underItself = Map.of("code", code("X"), "name", "Huyện vòng", "type", "DISTRICT",
                "parentId", district);
        api().header("If-Match", etag("/api/v1/organizations/{id}", district)).body(underItself)
                .put("/api/v1/organizations/{id}", district).then().statusCode(422)
                .body("errors.field", contains("parentId"));
    }

    @Test
    void movingACommuneMovesItsBranchesAlong() {
        String from = district("Huyện cũ");
        String to = district("Huyện mới");
        String commune = grassroots(from, "Xã chuyển");
        String branch = branch(commune, "Chi bộ chuyển theo");
        Map<String, Object> moved = Map.of("code", code("MV"), "name", "Xã chuyển", "type", "GRASSROOTS",
                "parentId", to);
        api().header("If-Match", etag("/api/v1/organizations/{id}", commune)).body(moved)
                .put("/api/v1/organizations/{id}", commune).then().statusCode(200).body("parentId", equalTo(to));
        api().queryParam("withinId", to).queryParam("type", "BRANCH").get("/api/v1/organizations")
                .then().body("items.id", contains(branch));
        api().queryParam("withinId", from).get("/api/v1/organizations").then().body("items.id", contains(from));
    }

    @Test
    void rejectsATypeChangeThatWouldOrphanChildren() {
        String district = district("Huyện đổi loại");
        String commune = grassroots(district, "Xã đổi loại");
        branch(commune, "Chi bộ con");
        Map<String, Object> asBranch = Map.of("code", code("TY"), "name", "Xã đổi loại", "type", "BRANCH",
                "parentId", district);
        api().header("If-Match", etag("/api/v1/organizations/{id}", commune)).body(asBranch)
                .put("/api/v1/organizations/{id}", commune).then().statusCode(422)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void rejectsDuplicateCodesIgnoringCase() {
        String code = code("dup");
        district("Huyện trùng mã").length();
        api().body(Map.of("code", code, "name", "Một", "type", "DISTRICT")).post("/api/v1/organizations")
                .then().statusCode(201);
        api().body(Map.of("code", code.toUpperCase(), "name", "Hai", "type", "DISTRICT"))
                .post("/api/v1/organizations").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:conflict"), "errors.field", contains("code"));
    }

    @Test
    void namesEveryMissingOrOutOfRangeField() {
        api().body(Map.of("name", " ")).post("/api/v1/organizations").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("code", "name", "type"),
                        "errors[0].message", equalTo("không được để trống"));
        Map<String, Object> tooMany = new HashMap<>(Map.of("code", "bad code!", "name", "Chi bộ", "type", "BRANCH",
                "memberCount", -1));
        api().body(tooMany).post("/api/v1/organizations").then().statusCode(422)
                .body("errors.field", contains("code", "memberCount"));
        api().body(Map.of("code", code("MC"), "name", "Huyện có số", "type", "DISTRICT", "memberCount", 5))
                .post("/api/v1/organizations").then().statusCode(422).body("errors.field", contains("memberCount"));
    }

    @Test
    void answersUnknownAndMalformedIdsWithProblems() {
        api().get("/api/v1/organizations/{id}", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10").then().statusCode(404)
                .contentType(PROBLEM).body("instance", startsWith("/api/v1/organizations/6b0e7b5e"));
        api().get("/api/v1/organizations/{id}", "not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("id"));
        api().body(Map.of("code", code("P"), "name", "Mồ côi", "type", "BRANCH",
                        "parentId", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10"))
                .post("/api/v1/organizations").then().statusCode(422).body("errors.field", contains("parentId"));
    }

    @Test
    void deletesOnlyWhatNothingHangsOn() {
        String district = district("Huyện xóa");
        String commune = grassroots(district, "Xã xóa");
        api().delete("/api/v1/organizations/{id}", district).then().statusCode(409).contentType(PROBLEM);
        api().delete("/api/v1/organizations/{id}", commune).then().statusCode(204);
        api().get("/api/v1/organizations/{id}", commune).then().statusCode(404);

        String organizer = grassroots(district, "Xã tổ chức hội nghị");
        conference(organizer, "Hội nghị giữ chân tổ chức");
        api().delete("/api/v1/organizations/{id}", organizer).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("tham chiếu"));
    }
}
