package vn.nennep.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.PASSWORD;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accounts and machine clients keep their audit trail too: who changed what, never a secret's hash. */
@QuarkusTest
class AccountHistoryTest {

    @Test
    void anAccountsChangesAreKeptWithoutThePasswordHash() {
        String district = district("Huyện lịch sử tài khoản");
        String username = code("ls").toLowerCase();
        Map<String, Object> body = Map.of("username", username, "fullName", "Trần Văn Cũ",
                "role", "DISTRICT_OFFICE", "organizationId", district, "password", PASSWORD);
        String id = api().body(body).post("/api/v1/users").then().statusCode(201).extract().path("id");
        Map<String, Object> renamed = Map.of("username", username, "fullName", "Trần Văn Mới",
                "role", "DISTRICT_OFFICE", "organizationId", district, "password", "mot-mat-khau-moi-hon");
        api().header("If-Match", etag("/api/v1/users/{id}", id)).body(renamed).put("/api/v1/users/{id}", id)
                .then().statusCode(200);

        api().header("X-Request-Id", "lich-su-tk").get("/api/v1/users/{id}/history", id).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"),
                        "items[0].changes.field", contains("fullName"),
                        "items[0].changes[0].from", equalTo("Trần Văn Cũ"),
                        "items[0].changes[0].to", equalTo("Trần Văn Mới"),
                        "items[0].actor.name", equalTo("test-admin"),
                        "items[1].changes.field", hasItem("role"),
                        "items[1].changes.field", not(hasItem("passwordHash")));
    }

    @Test
    void aRevocationIsKeptInTheClientsHistory() {
        String district = district("Huyện lịch sử khóa");
        String id = api().body(Map.of("name", "Hệ thống tỉnh", "organizationId", district, "scopes", List.of("read")))
                .post("/api/v1/api-clients").then().statusCode(201).extract().path("id");
        api().post("/api/v1/api-clients/{id}/revoke", id).then().statusCode(200);

        api().get("/api/v1/api-clients/{id}/history", id).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"),
                        "items[0].changes.field", contains("revokedAt"),
                        "items[1].changes.field", hasItem("scopes"),
                        "items[1].changes.field", not(hasItem("keyHash")));
        api().get("/api/v1/api-clients/{id}/history", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10").then().statusCode(404);
    }
}
