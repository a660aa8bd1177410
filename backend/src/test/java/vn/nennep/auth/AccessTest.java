package vn.nennep.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.create;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.member;
import static vn.nennep.support.Fixtures.tokenFor;
import static vn.nennep.support.Fixtures.zone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scope is enforced in the services, for single reads, lists and writes alike: nothing outside one's subtree. */
@QuarkusTest
class AccessTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String ORGANIZATION = "/api/v1/organizations/{id}";
    private static final String ROSTER = "/api/v1/organizations/{id}/members";
    private static final String ZONES = "/api/v1/zones";
    private static final String ZONE = "/api/v1/zones/{id}";

    @Test
    void aBranchSecretaryStaysInItsBranch() {
        String commune = grassroots(district("Huyện bí thư"), "Xã bí thư");
        String mine = branch(commune, "Chi bộ của tôi");
        String other = branch(commune, "Chi bộ bên cạnh");
        member(other, "Hoàng Văn Em");
        String secretary = tokenFor("BRANCH_SECRETARY", mine);

        forbidden(as(secretary).get(ROSTER, other).then());
        forbidden(as(secretary).get(ORGANIZATION, other).then());
        forbidden(as(secretary).get(ORGANIZATION, commune).then());
        as(secretary).get(ORGANIZATIONS).then().statusCode(200).body("items.id", contains(mine));
        as(secretary).body(Map.of("fullName", "Vũ Thị Giang", "status", "FULL")).post(ROSTER, mine)
                .then().statusCode(201);
        as(secretary).get(ROSTER, mine).then().statusCode(200).body("items.fullName", contains("Vũ Thị Giang"));
        forbidden(as(secretary).body(Map.of("fullName", "Vũ Thị Giang", "status", "FULL")).post(ROSTER, other)
                .then());
        forbidden(as(secretary).body(organization("BRANCH", commune)).post(ORGANIZATIONS).then());
    }

    @Test
    void aGrassrootsOfficerManagesTheBranchesOfItsCommuneOnly() {
        String district = district("Huyện đảng ủy xã");
        String mine = grassroots(district, "Xã của tôi");
        String existing = branch(mine, "Chi bộ sẵn có");
        String neighbour = grassroots(district, "Xã bên cạnh");
        branch(neighbour, "Chi bộ xã bên");
        String officer = tokenFor("GRASSROOTS_OFFICER", mine);

        String created = as(officer).body(organization("BRANCH", mine)).post(ORGANIZATIONS)
                .then().statusCode(201).extract().path("id");
        forbidden(as(officer).body(organization("BRANCH", neighbour)).post(ORGANIZATIONS).then());
        forbidden(as(officer).body(organization("GRASSROOTS", district)).post(ORGANIZATIONS).then());
        forbidden(as(officer).header("If-Match", etag(ORGANIZATION, mine))
                .body(Map.of("code", code("X"), "name", "Xã tự đổi tên", "type", "GRASSROOTS", "parentId", district))
                .put(ORGANIZATION, mine).then());
        as(officer).header("If-Match", etag(ORGANIZATION, existing))
                .body(Map.of("code", code("X"), "name", "Chi bộ đổi tên", "type", "BRANCH", "parentId", mine))
                .put(ORGANIZATION, existing).then().statusCode(200);
        as(officer).delete(ORGANIZATION, created).then().statusCode(204);
        as(officer).get(ORGANIZATIONS).then().statusCode(200).body("items.id", containsInAnyOrder(mine, existing));
        forbidden(as(officer).get(ORGANIZATION, neighbour).then());
        forbidden(as(officer).get(ORGANIZATION + "/subtree", district).then());
    }

    @Test
    void aDistrictOfficeWorksBelowItsDistrictAndOnItsZones() {
        String mine = district("Huyện văn phòng");
        String theirs = district("Huyện khác");
        String theirZone = zone(theirs, "Khu huyện khác", List.of());
        String office = tokenFor("DISTRICT_OFFICE", mine);

        String commune = as(office).body(organization("GRASSROOTS", mine)).post(ORGANIZATIONS)
                .then().statusCode(201).extract().path("id");
        forbidden(as(office).body(organization("GRASSROOTS", theirs)).post(ORGANIZATIONS).then());
        forbidden(as(office).body(organization("DISTRICT", null)).post(ORGANIZATIONS).then());
        forbidden(as(office).header("If-Match", etag(ORGANIZATION, mine))
                .body(Map.of("code", code("X"), "name", "Huyện tự đổi tên", "type", "DISTRICT"))
                .put(ORGANIZATION, mine).then());

        String zone = as(office).body(Map.of("name", "Khu 1", "districtId", mine, "organizationIds", List.of(commune)))
                .post(ZONES).then().statusCode(201).extract().path("id");
        forbidden(as(office).body(Map.of("name", "Khu 1", "districtId", theirs)).post(ZONES).then());
        as(office).header("If-Match", etag(ZONE, zone)).body(Map.of("name", "Khu 1 mới", "districtId", mine))
                .put(ZONE, zone).then().statusCode(200).body("name", equalTo("Khu 1 mới"));
        forbidden(as(office).header("If-Match", etag(ZONE, theirZone))
                .body(Map.of("name", "Khu chiếm", "districtId", mine)).put(ZONE, theirZone).then());
        forbidden(as(office).delete(ZONE, theirZone).then());
        as(office).get(ZONES).then().statusCode(200).body("items.id", contains(zone));
        as(office).get(ORGANIZATIONS).then().statusCode(200).body("items.id", containsInAnyOrder(mine, commune));
    }

    @Test
    void aResponderSeesOnlyItsDepartmentAndNoRoster() {
        String district = district("Huyện ban ngành");
        String department = create("DEPARTMENT", "Ban Tuyên giáo", district);
        String otherDepartment = create("DEPARTMENT", "Ban Kiểm tra", district);
        String branch = branch(grassroots(district, "Xã ban ngành"), "Chi bộ ban ngành");
        String responder = tokenFor("RESPONDER", department);

        as(responder).get(ORGANIZATIONS).then().statusCode(200).body("items.id", contains(department));
        as(responder).get(ORGANIZATION, department).then().statusCode(200);
        forbidden(as(responder).get(ORGANIZATION, otherDepartment).then());
        forbidden(as(responder).get(ORGANIZATION, district).then());
        forbidden(as(responder).get(ROSTER, branch).then());
        forbidden(as(responder).body(organization("BRANCH", grassroots(district, "Xã khác"))).post(ORGANIZATIONS)
                .then());
    }

    @Test
    void anInspectorReadsItsSubtreeButNoRosterAndWritesNothing() {
        String district = district("Huyện thanh tra");
        String commune = grassroots(district, "Xã thanh tra");
        String branch = branch(commune, "Chi bộ thanh tra");
        String member = member(branch, "Đỗ Văn Hùng");
        String elsewhere = district("Huyện ngoài thanh tra");
        String inspector = tokenFor("INSPECTOR", district);

        as(inspector).get(ORGANIZATION, branch).then().statusCode(200);
        as(inspector).get(ORGANIZATION + "/subtree", district).then().statusCode(200);
        as(inspector).get(ORGANIZATIONS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(district, commune, branch));
        forbidden(as(inspector).get(ORGANIZATION, elsewhere).then());
        forbidden(as(inspector).get(ROSTER, branch).then());
        forbidden(as(inspector).get(ROSTER + "/{memberId}", branch, member).then());
        forbidden(as(inspector).body(organization("BRANCH", commune)).post(ORGANIZATIONS).then());
        forbidden(as(inspector).header("If-Match", etag(ORGANIZATION, branch))
                .body(Map.of("code", code("X"), "name", "Đổi", "type", "BRANCH", "parentId", commune))
                .put(ORGANIZATION, branch).then());
        forbidden(as(inspector).delete(ORGANIZATION, branch).then());
        forbidden(as(inspector).body(Map.of("fullName", "Ai đó", "status", "FULL")).post(ROSTER, branch).then());
        forbidden(as(inspector).body(Map.of("name", "Khu thanh tra", "districtId", district)).post(ZONES).then());
    }

    @Test
    void everyoneInADistrictReadsItsZonesButNotAnotherDistricts() {
        String district = district("Huyện có khu");
        String commune = grassroots(district, "Xã trong khu");
        String zone = zone(district, "Khu trung tâm", List.of(commune));
        String otherDistrict = district("Huyện khu khác");
        String otherZone = zone(otherDistrict, "Khu ngoài", List.of());
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);

        as(officer).get(ZONES).then().statusCode(200).body("items.id", contains(zone));
        as(officer).get(ZONE, zone).then().statusCode(200).body("organizationIds", contains(commune));
        as(officer).get(ZONE + "/history", zone).then().statusCode(200);
        as(officer).queryParam("districtId", otherDistrict).get(ZONES).then().statusCode(200)
                .body("items.id", empty());
        forbidden(as(officer).get(ZONE, otherZone).then());
        forbidden(as(officer).get(ZONE + "/history", otherZone).then());
        forbidden(as(officer).header("If-Match", etag(ZONE, zone))
                .body(Map.of("name", "Khu đổi", "districtId", district)).put(ZONE, zone).then());
    }

    private static Map<String, Object> organization(String type, String parentId) {
        String name = "Tổ chức mới " + type.toLowerCase();
        return parentId == null ? Map.of("code", code("N"), "name", name, "type", type)
                : Map.of("code", code("N"), "name", name, "type", type, "parentId", parentId);
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:forbidden"));
    }
}
