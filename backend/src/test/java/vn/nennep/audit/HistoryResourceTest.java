package vn.nennep.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.member;
import static vn.nennep.support.Fixtures.tokenFor;
import static vn.nennep.support.Fixtures.zone;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";
    private static final String ORGANIZATION = "/api/v1/organizations/{id}/history";
    private static final String ZONE = "/api/v1/zones/{id}/history";
    private static final String MEMBER = "/api/v1/organizations/{branchId}/members/{memberId}/history";

    @Test
    void listsAnUpdateAboveTheCreationWithWhoWhenAndWhere() {
        String code = code("LS");
        String id = api().body(Map.of("code", code, "name", "Huyện lịch sử", "type", "DISTRICT"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        api().header("If-Match", etag("/api/v1/organizations/{id}", id)).header("X-Request-Id", "lich-su-doi-ten")
                .body(Map.of("code", code, "name", "Huyện lịch sử mới", "type", "DISTRICT"))
                .put("/api/v1/organizations/{id}", id).then().statusCode(200);

        int created = api().get(ORGANIZATION, id).then().statusCode(200)
                .body("totalItems", is(2), "items.operation", contains("UPDATE", "CREATE"),
                        "items[0].changes", hasSize(1),
                        "items[0].changes[0].field", equalTo("name"),
                        "items[0].changes[0].from", equalTo("Huyện lịch sử"),
                        "items[0].changes[0].to", equalTo("Huyện lịch sử mới"),
                        "items[0].requestId", equalTo("lich-su-doi-ten"),
                        "items[0].actor.name", equalTo("test-admin"), "items[0].actor.kind", equalTo("USER"),
                        "items[0].actor.id", notNullValue(), "items[0].ip", notNullValue(),
                        "items[0].at", notNullValue())
                .body("items[1].changes.field", hasItems("code", "name", "type"),
                        "items[1].changes.find { it.field == 'name' }.from", nullValue(),
                        "items[1].changes.find { it.field == 'type' }.to", equalTo("DISTRICT"),
                        "items[1].changes.find { it.field == 'parentId' }", nullValue())
                .extract().path("items[1].revision");
        api().get(ORGANIZATION, id).then().body("items[0].revision", greaterThan(created));
    }

    @Test
    void joiningAZoneIsInTheHistoriesOfTheCommitteeAndTheZone() {
        String district = district("Huyện khu lịch sử");
        String commune = grassroots(district, "Xã vào khu");
        String zone = zone(district, "Khu lịch sử", List.of(commune));

        api().get(ORGANIZATION, commune).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"), "items[0].changes", hasSize(1),
                        "items[0].changes[0].field", equalTo("zoneId"),
                        "items[0].changes[0].from", nullValue(), "items[0].changes[0].to", equalTo(zone));
        api().get(ZONE, zone).then().statusCode(200)
                .body("items.operation", contains("CREATE"),
                        "items[0].changes.find { it.field == 'organizationIds' }.to", contains(commune));

        api().delete("/api/v1/zones/{id}", zone).then().statusCode(204);
        api().get(ORGANIZATION, commune).then()
                .body("items[0].changes[0].from", equalTo(zone), "items[0].changes[0].to", nullValue());
        api().get(ZONE, zone).then().statusCode(200)
                .body("items.operation", contains("DELETE", "CREATE"),
                        "items[0].changes.find { it.field == 'name' }.from", equalTo("Khu lịch sử"),
                        "items[0].changes.find { it.field == 'organizationIds' }.from", contains(commune),
                        "items[0].changes.find { it.field == 'organizationIds' }.to", nullValue());
    }

    @Test
    void aNewMemberChangesTheBranchRosterCount() {
        String branch = branch(grassroots(district("Huyện sổ"), "Xã sổ"), "Chi bộ sổ");
        String member = member(branch, "Nguyễn Văn Sổ");

        api().get(ORGANIZATION, branch).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"), "items[0].changes", hasSize(1),
                        "items[0].changes[0].field", equalTo("rosterCount"),
                        "items[0].changes[0].from", is(0), "items[0].changes[0].to", is(1));
        api().get(MEMBER, branch, member).then().statusCode(200)
                .body("items.operation", contains("CREATE"),
                        "items[0].changes.find { it.field == 'fullName' }.to", equalTo("Nguyễn Văn Sổ"),
                        "items[0].changes.find { it.field == 'status' }.to", equalTo("FULL"),
                        "items[0].changes.find { it.field == 'exempt' }.to", is(false));
    }

    @Test
    void aRemovedMembersHistoryIsForSystemAdministratorsOnly() {
        String district = district("Huyện xóa sổ");
        String branch = branch(grassroots(district, "Xã xóa sổ"), "Chi bộ xóa sổ");
        String member = member(branch, "Trần Thị Xóa");
        String office = tokenFor("DISTRICT_OFFICE", district);
        as(office).get(MEMBER, branch, member).then().statusCode(200).body("totalItems", is(1));

        api().delete("/api/v1/organizations/{branchId}/members/{memberId}", branch, member).then().statusCode(204);

        api().get(MEMBER, branch, member).then().statusCode(200)
                .body("items.operation", contains("DELETE", "CREATE"),
                        "items[0].changes.find { it.field == 'fullName' }.from", equalTo("Trần Thị Xóa"),
                        "items[0].changes.find { it.field == 'fullName' }.to", nullValue());
        as(office).get(MEMBER, branch, member).then().statusCode(404).contentType(PROBLEM);
        String elsewhere = branch(grassroots(district, "Xã khác"), "Chi bộ khác");
        api().get(MEMBER, elsewhere, member).then().statusCode(404).contentType(PROBLEM);
        api().get(ORGANIZATION, branch).then().body("items[0].changes[0].field", equalTo("rosterCount"),
                "items[0].changes[0].from", is(1), "items[0].changes[0].to", is(0));
    }

    @Test
    void readingTheHistoryNeedsTheRightToReadTheResource() {
        String district = district("Huyện quyền xem");
        String branch = branch(grassroots(district, "Xã quyền xem"), "Chi bộ quyền xem");
        String member = member(branch, "Lê Văn Quyền");
        String other = district("Huyện người ngoài");

        anonymous().get(ORGANIZATION, district).then().statusCode(401).contentType(PROBLEM);
        as(tokenFor("DISTRICT_OFFICE", other)).get(ORGANIZATION, district).then().statusCode(403)
                .contentType(PROBLEM);
        as(tokenFor("INSPECTOR", district)).get(MEMBER, branch, member).then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void pagesNewestFirst() {
        String district = district("Huyện trang");
        String commune = grassroots(district, "Xã trang");
        zone(district, "Khu trang", List.of(commune));

        api().queryParam("size", 1).get(ORGANIZATION, commune).then().statusCode(200)
                .body("items", hasSize(1), "items[0].operation", equalTo("UPDATE"), "totalItems", is(2),
                        "totalPages", is(2), "page", is(0), "size", is(1));
        api().queryParam("size", 1).queryParam("page", 1).get(ORGANIZATION, commune).then().statusCode(200)
                .body("items.operation", contains("CREATE"), "items[0].changes.field", hasItems("code", "name"));
        api().queryParam("page", 3).get(ORGANIZATION, commune).then().statusCode(200)
                .body("items", empty(), "totalItems", is(2));
        api().queryParam("size", 0).get(ORGANIZATION, commune).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("size"));
    }

    @Test
    void answersUnknownAndMalformedIdsWithProblems() {
        api().get(ORGANIZATION, UNKNOWN).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:not-found"));
        api().get(ZONE, UNKNOWN).then().statusCode(404).contentType(PROBLEM);
        api().get(ORGANIZATION, "not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("id"));
        api().get(ZONE, "42").then().statusCode(400).body("errors.field", contains("id"));
        String branch = branch(grassroots(district("Huyện mã lạ"), "Xã mã lạ"), "Chi bộ mã lạ");
        api().get(MEMBER, branch, "x").then().statusCode(400).body("errors.field", contains("memberId"));
        api().get(MEMBER, "x", UNKNOWN).then().statusCode(400).body("errors.field", contains("branchId"));
        api().get(MEMBER, branch, UNKNOWN).then().statusCode(404).contentType(PROBLEM);
    }
}
