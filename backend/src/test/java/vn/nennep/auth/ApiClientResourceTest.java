package vn.nennep.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Machine clients: the key shown once, read within the subtree, names only with personal-data, never a write. */
@QuarkusTest
class ApiClientResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CLIENTS = "/api/v1/api-clients";
    private static final String CLIENT = "/api/v1/api-clients/{id}";
    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String ROSTER = "/api/v1/organizations/{id}/members";

    @Test
    void showsTheKeyOnlyInTheAnswerToTheCreation() {
        String district = district("Huyện kết nối");
        JsonPath created = api().body(client(district, "read")).post(CLIENTS).then().statusCode(201)
                .header("Location", containsString("/api/v1/api-clients/")).header("ETag", "\"0\"")
                .body("apiKey", startsWith("nnk_"), "scopes", contains("read"), "organizationId", equalTo(district),
                        "revokedAt", nullValue(), "lastUsedAt", nullValue())
                .extract().jsonPath();
        String id = created.getString("id");
        String key = created.getString("apiKey");
        assertTrue(key.startsWith("nnk_" + created.getString("keyPrefix") + "_"));

        api().get(CLIENT, id).then().statusCode(200).body("$", not(hasKey("apiKey")));
        api().get(CLIENTS).then().statusCode(200).body("items", everyItem(not(hasKey("apiKey"))));
        api().header("If-Match", "\"0\"").body(client(district, "read", "personal-data")).put(CLIENT, id)
                .then().statusCode(200).body("$", not(hasKey("apiKey")),
                        "scopes", containsInAnyOrder("read", "personal-data"));
    }

    @Test
    void theKeyWorksAsXApiKeyAndAsABearerToken() {
        String district = district("Huyện hai cách gửi khóa");
        String key = key(district, "read");
        anonymous().header("X-API-Key", key).get(ORGANIZATIONS).then().statusCode(200)
                .body("items.id", contains(district));
        anonymous().header("Authorization", "Bearer " + key).get(ORGANIZATIONS).then().statusCode(200)
                .body("items.id", contains(district));
    }

    @Test
    void aReadOnlyClientSeesItsSubtreeButNoNames() {
        String mine = district("Huyện của ứng dụng");
        String commune = grassroots(mine, "Xã của ứng dụng");
        String branch = branch(commune, "Chi bộ của ứng dụng");
        String theirs = district("Huyện khác");
        String theirCommune = grassroots(theirs, "Xã khác");
        String key = key(mine, "read");

        machine(key).get(ORGANIZATIONS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(mine, commune, branch));
        machine(key).queryParam("withinId", theirs).get(ORGANIZATIONS).then().statusCode(200)
                .body("items", empty());
        forbidden(machine(key).get(ORGANIZATIONS + "/{id}", theirCommune).then());
        forbidden(machine(key).get(ROSTER, branch).then());
    }

    @Test
    void personalDataLetsAClientReadItsSubtreesRosters() {
        String district = district("Huyện dữ liệu cá nhân");
        String branch = branch(grassroots(district, "Xã dữ liệu cá nhân"), "Chi bộ dữ liệu cá nhân");
        member(branch, "Lê Văn Cường");
        String other = branch(grassroots(district("Huyện ngoài"), "Xã ngoài"), "Chi bộ ngoài");
        String key = key(district, "read", "personal-data");

        machine(key).get(ROSTER, branch).then().statusCode(200).body("items.fullName", contains("Lê Văn Cường"));
        forbidden(machine(key).get(ROSTER, other).then());
        forbidden(machine(key(district, "personal-data")).get(ROSTER, branch).then());
    }

    @Test
    void aClientNeverWrites() {
        String district = district("Huyện chỉ đọc");
        String commune = grassroots(district, "Xã chỉ đọc");
        String branch = branch(commune, "Chi bộ chỉ đọc");
        String key = key(district, "read", "import", "personal-data");

        forbidden(machine(key).body(Map.of("code", code("M"), "name", "Chi bộ máy", "type", "BRANCH",
                "parentId", commune)).post(ORGANIZATIONS).then());
        forbidden(machine(key).body(Map.of("fullName", "Phạm Thị Dung", "status", "FULL")).post(ROSTER, branch)
                .then());
        forbidden(machine(key).header("If-Match", etag(ORGANIZATIONS + "/{id}", branch))
                .body(Map.of("code", code("M"), "name", "Đổi tên", "type", "BRANCH", "parentId", commune))
                .put(ORGANIZATIONS + "/{id}", branch).then());
        forbidden(machine(key).get("/api/v1/auth/me").then());
        forbidden(machine(key).get(CLIENTS).then());
    }

    @Test
    void aRevokedKeyIsRefusedAndTheClientShowsWhen() {
        String district = district("Huyện thu hồi");
        JsonPath created = api().body(client(district, "read")).post(CLIENTS).then().statusCode(201)
                .extract().jsonPath();
        String id = created.getString("id");
        machine(created.getString("apiKey")).get(ORGANIZATIONS).then().statusCode(200);

        api().post(CLIENT + "/revoke", id).then().statusCode(200).body("revokedAt", notNullValue());
        challenged(machine(created.getString("apiKey")).get(ORGANIZATIONS).then());
        api().get(CLIENT, id).then().statusCode(200).body("revokedAt", notNullValue());
        api().get(CLIENTS).then().body("items.find { it.id == '" + id + "' }.revokedAt", notNullValue());
    }

    @Test
    void recordsWhenTheKeyWasLastUsed() {
        String district = district("Huyện lần dùng cuối");
        JsonPath created = api().body(client(district, "read")).post(CLIENTS).then().statusCode(201)
                .extract().jsonPath();
        api().get(CLIENT, created.getString("id")).then().body("lastUsedAt", nullValue());
        machine(created.getString("apiKey")).get(ORGANIZATIONS).then().statusCode(200);
        api().get(CLIENT, created.getString("id")).then().body("lastUsedAt", notNullValue());
    }

    @Test
    void refusesWrongKeys() {
        String key = key(district("Huyện khóa sai"), "read");
        challenged(machine(key + "x").get(ORGANIZATIONS).then());
        challenged(machine("nnk_khongco_bimat").get(ORGANIZATIONS).then());
        challenged(machine("khong-phai-khoa").get(ORGANIZATIONS).then());
        challenged(anonymous().header("Authorization", "Bearer nnk_khongco_bimat").get(ORGANIZATIONS).then());
    }

    @Test
    void validatesScopesAndTheOrganization() {
        String district = district("Huyện phạm vi");
        api().body(Map.of("name", "Không phạm vi", "organizationId", district, "scopes", List.of()))
                .post(CLIENTS).then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("scopes"));
        api().body(client(district, "write")).post(CLIENTS).then().statusCode(400).contentType(PROBLEM);
        api().body(Map.of("name", "Không tổ chức", "scopes", List.of("read"))).post(CLIENTS)
                .then().statusCode(422).body("errors.field", contains("organizationId"));
        api().body(client("6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10", "read")).post(CLIENTS)
                .then().statusCode(422).body("errors.field", contains("organizationId"));
    }

    @Test
    void onlyAdministratorsManageClients() {
        String district = district("Huyện không quản trị");
        String id = api().body(client(district, "read")).post(CLIENTS).then().statusCode(201).extract().path("id");
        String token = tokenFor("DISTRICT_OFFICE", district);

        forbidden(as(token).get(CLIENTS).then());
        forbidden(as(token).get(CLIENT, id).then());
        forbidden(as(token).body(client(district, "read")).post(CLIENTS).then());
        forbidden(as(token).header("If-Match", "\"0\"").body(client(district, "read")).put(CLIENT, id).then());
        forbidden(as(token).post(CLIENT + "/revoke", id).then());
        challenged(anonymous().get(CLIENTS).then());
        challenged(anonymous().post(CLIENT + "/revoke", id).then());
        api().get(CLIENT, id).then().body("revokedAt", nullValue());
    }

    private static Map<String, Object> client(String organizationId, String... scopes) {
        return Map.of("name", "Hệ thống tỉnh " + code("k"), "organizationId", organizationId,
                "scopes", List.of(scopes));
    }

    private static String key(String organizationId, String... scopes) {
        return api().body(client(organizationId, scopes)).post(CLIENTS).then().statusCode(201)
                .extract().path("apiKey");
    }

    private static RequestSpecification machine(String key) {
        return anonymous().header("X-API-Key", key);
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:forbidden"));
    }

    private static void challenged(ValidatableResponse response) {
        response.statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
    }
}
