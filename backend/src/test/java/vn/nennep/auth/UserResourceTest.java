package vn.nennep.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.PASSWORD;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.create;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accounts: system administrators only; never a password hash in an answer; roles fit organizations. */
@QuarkusTest
class UserResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String USERS = "/api/v1/users";
    private static final String USER = "/api/v1/users/{id}";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void createsReadsUpdatesAndListsAnAccountWithoutItsPassword() {
        String district = district("Huyện tài khoản");
        String username = username();
        String id = api().body(user(username, "INSPECTOR", district, PASSWORD)).post(USERS)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/users/"))
                .header("ETag", "\"0\"")
                .body("username", equalTo(username), "role", equalTo("INSPECTOR"),
                        "organizationId", equalTo(district), "active", is(true), "lastLoginAt", nullValue())
                .body("$", not(hasKey("password")), "$", not(hasKey("passwordHash")))
                .extract().path("id");

        api().get(USER, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("$", not(hasKey("password")), "$", not(hasKey("passwordHash")));
        api().header("If-Match", "\"0\"").body(user(username, "DISTRICT_OFFICE", district, null)).put(USER, id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("role", equalTo("DISTRICT_OFFICE"), "version", is(1))
                .body("$", not(hasKey("password")), "$", not(hasKey("passwordHash")));
        api().queryParam("organizationId", district).get(USERS).then().statusCode(200)
                .body("items.id", contains(id), "items", everyItem(not(hasKey("passwordHash"))),
                        "items", everyItem(not(hasKey("password"))));
    }

    @Test
    void filtersByRoleOrganizationAndTextIgnoringDiacritics() {
        String district = district("Huyện lọc tài khoản");
        String other = district("Huyện khác");
        String inspector = createUser(user(username(), "INSPECTOR", district, PASSWORD, "Nguyễn Văn Đức"));
        String office = createUser(user(username(), "DISTRICT_OFFICE", district, PASSWORD, "Trần Thị Hoa"));
        createUser(user(username(), "INSPECTOR", other, PASSWORD, "Nguyễn Văn Đức"));

        api().queryParam("organizationId", district).queryParam("role", "INSPECTOR").get(USERS)
                .then().statusCode(200).body("items.id", contains(inspector), "totalItems", is(1));
        api().queryParam("organizationId", district).queryParam("q", "tran thi HOA").get(USERS)
                .then().statusCode(200).body("items.id", contains(office));
        api().queryParam("organizationId", district).queryParam("q", "van duc").get(USERS)
                .then().statusCode(200).body("items.id", contains(inspector));
        api().queryParam("role", "NOBODY").get(USERS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("role"));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String district = district("Huyện phiên bản");
        String username = username();
        String id = createUser(user(username, "INSPECTOR", district, PASSWORD));
        Map<String, Object> body = user(username, "INSPECTOR", district, null);

        api().body(body).put(USER, id).then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:precondition-required"));
        api().header("If-Match", "\"7\"").body(body).put(USER, id).then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:precondition-failed"));
        api().header("If-Match", "\"0\"").body(body).put(USER, UNKNOWN)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void usernamesAreUnique() {
        String district = district("Huyện trùng tên");
        String username = username();
        createUser(user(username, "INSPECTOR", district, PASSWORD));
        api().body(user(username, "DISTRICT_OFFICE", district, PASSWORD)).post(USERS).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:conflict"),
                        "errors.field", contains("username"));
        api().body(user(username.toUpperCase(), "INSPECTOR", district, PASSWORD)).post(USERS).then()
                .statusCode(422).body("errors.field", contains("username"));
        String second = createUser(user(username(), "INSPECTOR", district, PASSWORD));
        api().header("If-Match", etag(USER, second)).body(user(username, "INSPECTOR", district, null))
                .put(USER, second).then().statusCode(409).body("errors.field", contains("username"));
    }

    @Test
    void checksTheUsernamePatternAndThePasswordLength() {
        String district = district("Huyện kiểm tra");
        api().body(user("Nguyen Van An", "INSPECTOR", district, PASSWORD)).post(USERS).then().statusCode(422)
                .contentType(PROBLEM).body("errors.field", contains("username"));
        api().body(user("ab", "INSPECTOR", district, PASSWORD)).post(USERS).then().statusCode(422)
                .body("errors.field", contains("username"));
        api().body(user(username(), "INSPECTOR", district, "ngan")).post(USERS).then().statusCode(422)
                .body("errors.field", contains("password"));
        api().body(user(username(), "INSPECTOR", district, null)).post(USERS).then().statusCode(422)
                .body("errors.field", contains("password"));
        api().body(Map.of("username", username(), "fullName", "Ai đó", "role", "KING", "password", PASSWORD))
                .post(USERS).then().statusCode(400).body("errors.field", contains("role"));
    }

    @Test
    void aRoleNeedsAnOrganizationOfAFittingType() {
        String district = district("Huyện vai trò");
        String commune = grassroots(district, "Xã vai trò");
        String department = create("DEPARTMENT", "Ban Tổ chức", district);

        api().body(user(username(), "BRANCH_SECRETARY", district, PASSWORD)).post(USERS).then().statusCode(422)
                .contentType(PROBLEM).body("errors.field", contains("organizationId"),
                        "errors[0].message", containsString("DISTRICT"));
        api().body(user(username(), "RESPONDER", commune, PASSWORD)).post(USERS).then().statusCode(422)
                .body("errors.field", contains("organizationId"));
        api().body(user(username(), "DISTRICT_OFFICE", null, PASSWORD)).post(USERS).then().statusCode(422)
                .body("errors.field", contains("organizationId"));
        api().body(user(username(), "GRASSROOTS_OFFICER", UNKNOWN, PASSWORD)).post(USERS).then().statusCode(422)
                .body("errors.field", contains("organizationId"));

        createUser(user(username(), "RESPONDER", department, PASSWORD));
        createUser(user(username(), "BRANCH_SECRETARY", branch(commune, "Chi bộ vai trò"), PASSWORD));
        api().body(user(username(), "SYSTEM_ADMIN", null, PASSWORD)).post(USERS).then().statusCode(201)
                .body("organizationId", nullValue());
    }

    @Test
    void everyOtherRoleIsForbiddenEveryOperation() {
        String district = district("Huyện không quản trị");
        String commune = grassroots(district, "Xã không quản trị");
        String target = createUser(user(username(), "INSPECTOR", district, PASSWORD));
        Map<String, String> roles = Map.of("DISTRICT_OFFICE", district, "GRASSROOTS_OFFICER", commune,
                "BRANCH_SECRETARY", branch(commune, "Chi bộ không quản trị"),
                "RESPONDER", create("DEPARTMENT", "Ban Dân vận", district), "INSPECTOR", district);
        roles.forEach((role, organization) -> {
            String token = tokenFor(role, organization);
            forbidden(as(token).get(USERS).then());
            forbidden(as(token).get(USER, target).then());
            forbidden(as(token).body(user(username(), "INSPECTOR", district, PASSWORD)).post(USERS).then());
            forbidden(as(token).header("If-Match", "\"0\"").body(user(username(), "INSPECTOR", district, null))
                    .put(USER, target).then());
        });
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        anonymous().get(USERS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer realm=\"nennep\"");
        anonymous().get(USER, UNKNOWN).then().statusCode(401).contentType(PROBLEM);
        anonymous().body(user(username(), "SYSTEM_ADMIN", null, PASSWORD)).post(USERS).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").body(user(username(), "SYSTEM_ADMIN", null, null))
                .put(USER, UNKNOWN).then().statusCode(401).contentType(PROBLEM);
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:nennep:problem:forbidden"));
    }

    private static String username() {
        return code("tk").toLowerCase();
    }

    private static String createUser(Map<String, Object> body) {
        return api().body(body).post(USERS).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> user(String username, String role, String organizationId, String password) {
        return user(username, role, organizationId, password, "Nguyễn Văn An");
    }

    private static Map<String, Object> user(String username, String role, String organizationId, String password,
            String fullName) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "fullName", fullName, "role", role));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        if (password != null) {
            body.put("password", password);
        }
        return body;
    }
}
