package vn.nennep.members;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.member;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEMBERS = "/api/v1/organizations/{branchId}/members";
    private static final String MEMBER = "/api/v1/organizations/{branchId}/members/{memberId}";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    private static String newBranch(String name) {
        return branch(grassroots(district("Huyện " + name), "Xã " + name), name);
    }

    @Test
    void addsAndReadsAMember() {
        String branch = newBranch("Chi bộ thêm");
        String id = api().body(Map.of("fullName", "Nguyễn Văn An", "status", "PROBATIONARY", "exempt", true,
                        "exemptReason", "Ốm dài ngày", "joinedOn", "2015-05-19"))
                .post(MEMBERS, branch)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organizations/" + branch + "/members/"))
                .header("ETag", "\"0\"")
                .body("organizationId", equalTo(branch), "fullName", equalTo("Nguyễn Văn An"),
                        "status", equalTo("PROBATIONARY"), "exempt", is(true), "exemptReason", equalTo("Ốm dài ngày"),
                        "joinedOn", equalTo("2015-05-19"), "version", is(0))
                .extract().path("id");

        api().get(MEMBER, branch, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id), "fullName", equalTo("Nguyễn Văn An"));
    }

    @Test
    void listsPagesAndFilters() {
        String branch = newBranch("Chi bộ lọc");
        String an = member(branch, Map.of("fullName", "Nguyễn Văn An", "status", "FULL"));
        String hoa = member(branch, Map.of("fullName", "Đặng Thị Hoa", "status", "PROBATIONARY"));
        String binh = member(branch, Map.of("fullName", "Trần Văn Bình", "status", "FULL", "exempt", true));

        api().queryParam("size", 2).get(MEMBERS, branch).then().statusCode(200)
                .body("items", hasSize(2), "totalItems", is(3), "totalPages", is(2), "size", is(2));
        api().queryParam("size", 2).queryParam("page", 1).queryParam("sort", "fullName,desc")
                .get(MEMBERS, branch).then().statusCode(200).body("items", hasSize(1), "page", is(1));
        api().queryParam("status", "FULL").get(MEMBERS, branch).then().statusCode(200)
                .body("items.id", containsInAnyOrder(an, binh));
        api().queryParam("exempt", true).get(MEMBERS, branch).then().body("items.id", contains(binh));
        api().queryParam("exempt", false).get(MEMBERS, branch).then().body("items.id", containsInAnyOrder(an, hoa));
        api().queryParam("q", "nguyen van").get(MEMBERS, branch).then().body("items.id", contains(an));
        api().queryParam("q", "dang").get(MEMBERS, branch).then().body("items.id", contains(hoa));
        api().queryParam("q", "VĂN").queryParam("status", "FULL").get(MEMBERS, branch).then()
                .body("items.id", containsInAnyOrder(an, binh));
        api().queryParam("status", "RETIRED").get(MEMBERS, branch).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("status"), "errors[0].message", containsString("PROBATIONARY"));
        api().queryParam("exempt", "maybe").get(MEMBERS, branch).then().statusCode(400)
                .body("errors.field", contains("exempt"));
        api().queryParam("sort", "status,asc").queryParam("sort", "fullName,desc").get(MEMBERS, branch).then()
                .statusCode(200).body("items.id", contains(binh, an, hoa));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String branch = newBranch("Chi bộ sửa");
        String id = member(branch, "Lê Văn Cường");
        Map<String, Object> body = Map.of("fullName", "Lê Văn Cường", "status", "FULL", "joinedOn", "2001-03-02");

        api().body(body).put(MEMBER, branch, id).then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:precondition-required"));
        api().header("If-Match", "\"0\"").body(body).put(MEMBER, branch, id).then().statusCode(200)
                .header("ETag", "\"1\"").body("joinedOn", equalTo("2001-03-02"), "version", is(1));
        api().header("If-Match", "\"0\"").body(body).put(MEMBER, branch, id).then().statusCode(412)
                .contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:precondition-failed"));
        api().get(MEMBER, branch, id).then().header("ETag", "\"1\"");
    }

    @Test
    void theBranchCountFollowsTheRoster() {
        String branch = newBranch("Chi bộ đếm");
        member(branch, "Nguyễn Văn An");
        String leaving = member(branch, "Trần Thị Bình");
        member(branch, "Phạm Văn Cường");
        api().get("/api/v1/organizations/{id}", branch).then().body("memberCount", is(3), "rosterCount", is(3))
                .header("ETag", "\"3\"");

        api().delete(MEMBER, branch, leaving).then().statusCode(204);
        api().get(MEMBER, branch, leaving).then().statusCode(404).contentType(PROBLEM);
        api().get("/api/v1/organizations/{id}", branch).then().body("memberCount", is(2), "rosterCount", is(2))
                .header("ETag", "\"4\"");
        api().get(MEMBERS, branch).then().body("totalItems", is(2));
    }

    @Test
    void aDeclaredCountHoldsUntilTheFirstRosterMember() {
        String commune = grassroots(district("Huyện khai báo"), "Xã khai báo");
        String branch = api().body(Map.of("code", code("CB"), "name", "Chi bộ khai báo 30", "type", "BRANCH",
                        "parentId", commune, "memberCount", 30))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        api().get("/api/v1/organizations/{id}", branch).then().body("memberCount", is(30), "rosterCount", is(0));

        member(branch, "Võ Thị Dung");
        api().get("/api/v1/organizations/{id}", branch).then().body("memberCount", is(1), "rosterCount", is(1));
        api().get("/api/v1/organizations/{id}", commune).then().body("memberCount", is(1));
    }

    @Test
    void onlyAKnownBranchHasARoster() {
        String commune = grassroots(district("Huyện không chi bộ"), "Xã không phải chi bộ");
        api().body(Map.of("fullName", "Nguyễn Văn An", "status", "FULL")).post(MEMBERS, commune)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("branchId"), "errors[0].message", containsString("GRASSROOTS"));
        api().body(Map.of("fullName", "Nguyễn Văn An", "status", "FULL")).post(MEMBERS, UNKNOWN)
                .then().statusCode(404).contentType(PROBLEM);
        api().get(MEMBERS, UNKNOWN).then().statusCode(404);
        api().get(MEMBERS, "not-a-uuid").then().statusCode(400).body("errors.field", contains("branchId"));
    }

    @Test
    void theBranchIsCheckedBeforeTheRosterFiltersAndThePageBeforeTheFilters() {
        String commune = grassroots(district("Huyện lọc sai"), "Xã lọc sai");
        api().queryParam("status", "RETIRED").get(MEMBERS, UNKNOWN).then().statusCode(404).contentType(PROBLEM);
        api().queryParam("status", "RETIRED").get(MEMBERS, commune).then().statusCode(422)
                .body("errors.field", contains("branchId"));
        String branch = newBranch("Chi bộ lọc sai");
        api().queryParam("status", "RETIRED").queryParam("exempt", "yes").get(MEMBERS, branch).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", contains("status"));
        api().queryParam("exempt", "yes").queryParam("updatedSince", "yesterday").get(MEMBERS, branch).then()
                .statusCode(400).body("errors.field", contains("exempt"));
        api().queryParam("size", 0).queryParam("status", "RETIRED").get(MEMBERS, branch).then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void aMemberOfAnotherBranchIsNotFound() {
        String mine = newBranch("Chi bộ của tôi");
        String theirs = newBranch("Chi bộ khác");
        String id = member(theirs, "Hoàng Văn Em");

        api().get(MEMBER, mine, id).then().statusCode(404).contentType(PROBLEM);
        api().header("If-Match", "\"0\"").body(Map.of("fullName", "Hoàng Văn Em", "status", "FULL"))
                .put(MEMBER, mine, id).then().statusCode(404);
        api().delete(MEMBER, mine, id).then().statusCode(404);
        api().get(MEMBER, theirs, id).then().statusCode(200);
        api().get(MEMBER, mine, UNKNOWN).then().statusCode(404);
        api().get(MEMBER, mine, "42").then().statusCode(400).body("errors.field", contains("memberId"));
    }

    @Test
    void rejectsInvalidFieldsNamingEach() {
        String branch = newBranch("Chi bộ kiểm tra");
        String tomorrow = LocalDate.now().plusDays(2).toString();
        api().body(Map.of("fullName", "Nguyễn Văn An", "status", "FULL", "joinedOn", tomorrow)).post(MEMBERS, branch)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("joinedOn"));
        api().body(Map.of("fullName", "Nguyễn Văn An", "status", "RETIRED")).post(MEMBERS, branch)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("status"), "errors[0].message", containsString("FULL"));
        api().body(Map.of("exempt", false)).post(MEMBERS, branch).then().statusCode(422)
                .body("errors.field", contains("fullName", "status"));
        api().body(Map.of("fullName", " ", "status", "FULL")).post(MEMBERS, branch).then().statusCode(422)
                .body("errors.field", contains("fullName"));
        api().body("{bad").post(MEMBERS, branch).then().statusCode(400).contentType(PROBLEM);
        api().get(MEMBERS, branch).then().body("totalItems", is(0));
    }

    @Test
    void externalIdsAreUnique() {
        String branch = newBranch("Chi bộ mã ngoài");
        String externalId = code("ext");
        String first = member(branch, Map.of("fullName", "Nguyễn Văn An", "status", "FULL", "externalId", externalId));
        api().body(Map.of("fullName", "Trần Văn Bình", "status", "FULL", "externalId", externalId))
                .post(MEMBERS, newBranch("Chi bộ mã ngoài khác")).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:conflict"), "errors.field", contains("externalId"));
        api().queryParam("externalId", externalId).get(MEMBERS, branch).then().body("items.id", contains(first));
        api().header("If-Match", "\"0\"")
                .body(Map.of("fullName", "Nguyễn Văn An", "status", "FULL", "externalId", externalId))
                .put(MEMBER, branch, first).then().statusCode(200).body("externalId", equalTo(externalId));
    }

    @Test
    void anExemptReasonNeedsAnExemption() {
        String branch = newBranch("Chi bộ miễn");
        api().body(Map.of("fullName", "Ngô Thị Giang", "status", "FULL", "exempt", false, "exemptReason", "Đi xa"))
                .post(MEMBERS, branch).then().statusCode(201)
                .body("exempt", is(false), "exemptReason", nullValue());
        api().body(Map.of("fullName", "Ngô Văn Hải", "status", "FULL", "exemptReason", "Đi xa"))
                .post(MEMBERS, branch).then().statusCode(201)
                .body("exempt", is(false), "exemptReason", nullValue());
    }
}
