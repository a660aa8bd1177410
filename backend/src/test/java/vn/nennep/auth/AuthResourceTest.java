package vn.nennep.auth;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.PASSWORD;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out, tokens, one's own password, and the throttle. Failed logins count per address for the whole
 * test run (one JVM), so this class keeps them few: 12 in all.
 */
@QuarkusTest
class AuthResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String LOGIN = "/api/v1/auth/login";
    private static final String REFRESH = "/api/v1/auth/refresh";
    private static final String LOGOUT = "/api/v1/auth/logout";
    private static final String ME = "/api/v1/auth/me";
    private static final String CHANGE_PASSWORD = "/api/v1/auth/password";
    private static final String NEW_PASSWORD = "mat-khau-moi-dai-hon";

    private record Account(String id, String username, String organizationId) {
    }

    @Test
    void signsInWithATokenThatWorks() {
        Account account = account("INSPECTOR");
        JsonPath tokens = login(account.username(), PASSWORD).statusCode(200)
                .body("tokenType", equalTo("Bearer"), "expiresIn", greaterThan(0), "refreshExpiresIn", greaterThan(0),
                        "user.id", equalTo(account.id()), "user.role", equalTo("INSPECTOR"),
                        "user.lastLoginAt", notNullValue())
                .extract().jsonPath();
        as(tokens.getString("accessToken")).get(ME).then().statusCode(200)
                .body("username", equalTo(account.username()), "role", equalTo("INSPECTOR"),
                        "organizationId", equalTo(account.organizationId()));
        login(account.username().toUpperCase(), PASSWORD).statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountLookTheSame() {
        Account account = account("INSPECTOR");
        String wrong = challenged(login(account.username(), "sai-mat-khau-roi"))
                .extract().path("detail");
        String unknown = challenged(login(code("khong-co").toLowerCase(), PASSWORD)).extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void loginNeedsBothFieldsInWellFormedJson() {
        anonymous().body(Map.of()).post(LOGIN).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"),
                        "errors.field", containsInAnyOrder("username", "password"));
        anonymous().body(Map.of("username", "ai")).post(LOGIN).then().statusCode(422)
                .body("errors.field", contains("password"));
        anonymous().body("{\"username\": ").post(LOGIN).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:bad-request"));
    }

    @Test
    void refreshGivesANewPair() {
        Account account = account("INSPECTOR");
        JsonPath first = login(account.username(), PASSWORD).statusCode(200).extract().jsonPath();
        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200)
                .body("user.id", equalTo(account.id())).extract().jsonPath();
        assertNotEquals(first.getString("refreshToken"), second.getString("refreshToken"));
        assertNotEquals(first.getString("accessToken"), second.getString("accessToken"));
        as(second.getString("accessToken")).get(ME).then().statusCode(200).body("id", equalTo(account.id()));
    }

    @Test
    void aRefreshTokenUsedTwiceClosesEverySessionOfTheAccount() {
        Account account = account("INSPECTOR");
        String first = login(account.username(), PASSWORD).statusCode(200).extract().path("refreshToken");
        String otherSession = login(account.username(), PASSWORD).statusCode(200).extract().path("refreshToken");
        String second = refresh(first).statusCode(200).extract().path("refreshToken");

        challenged(refresh(first));
        challenged(refresh(second));
        challenged(refresh(otherSession));
    }

    @Test
    void logoutSpendsTheRefreshToken() {
        Account account = account("INSPECTOR");
        String refreshToken = login(account.username(), PASSWORD).statusCode(200).extract().path("refreshToken");
        anonymous().body(Map.of("refreshToken", refreshToken)).post(LOGOUT).then().statusCode(204);
        challenged(refresh(refreshToken));
        anonymous().body(Map.of("refreshToken", "khong-ton-tai")).post(LOGOUT).then().statusCode(204);
    }

    @Test
    void changesOnesOwnPassword() {
        Account account = account("INSPECTOR");
        JsonPath session = login(account.username(), PASSWORD).statusCode(200).extract().jsonPath();
        String token = session.getString("accessToken");

        as(token).body(Map.of("currentPassword", "sai-mat-khau-roi", "newPassword", NEW_PASSWORD))
                .post(CHANGE_PASSWORD).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("currentPassword"));
        as(token).body(Map.of("currentPassword", PASSWORD, "newPassword", "ngan")).post(CHANGE_PASSWORD)
                .then().statusCode(422).body("errors.field", contains("newPassword"));
        as(token).body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)).post(CHANGE_PASSWORD)
                .then().statusCode(204);

        challenged(login(account.username(), PASSWORD));
        login(account.username(), NEW_PASSWORD).statusCode(200);
        challenged(refresh(session.getString("refreshToken")));
    }

    @Test
    void aDisabledAccountIsLockedOutAtOnce() {
        Account account = account("INSPECTOR");
        JsonPath session = login(account.username(), PASSWORD).statusCode(200).extract().jsonPath();
        String token = session.getString("accessToken");
        as(token).get(ME).then().statusCode(200);

        change(account, "INSPECTOR", false);
        challenged(as(token).get(ME).then());
        challenged(as(token).get("/api/v1/organizations").then());
        challenged(refresh(session.getString("refreshToken")));
        challenged(login(account.username(), PASSWORD));
    }

    @Test
    void aDisabledOrDemotedAdministratorLosesAdministrationAtOnce() {
        Account disabled = account("SYSTEM_ADMIN");
        String disabledToken = login(disabled.username(), PASSWORD).statusCode(200).extract().path("accessToken");
        Account demoted = account("SYSTEM_ADMIN");
        String demotedToken = login(demoted.username(), PASSWORD).statusCode(200).extract().path("accessToken");

        change(disabled, "SYSTEM_ADMIN", false);
        change(demoted, "INSPECTOR", true);
        challenged(as(disabledToken).get("/api/v1/users").then());
        as(demotedToken).get("/api/v1/users").then().statusCode(403).contentType(PROBLEM);
        as(demotedToken).get("/api/v1/api-clients").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void refusesMissingMalformedForeignAndExpiredTokensWithAChallenge() throws Exception {
        Account account = account("INSPECTOR");
        challenged(anonymous().get(ME).then());
        challenged(as("khong-phai-mot-jwt").get(ME).then());

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.issuer(Tokens.ISSUER).subject(account.id()).upn(account.username())
                .groups("INSPECTOR").expiresIn(300).sign(generator.generateKeyPair().getPrivate());
        challenged(as(foreign).get(ME).then());

        long now = Instant.now().getEpochSecond();
        String expired = Jwt.issuer(Tokens.ISSUER).subject(account.id()).upn(account.username())
                .groups("INSPECTOR").issuedAt(now - 7200).expiresAt(now - 3600).sign();
        challenged(as(expired).get(ME).then());
        String valid = Jwt.issuer(Tokens.ISSUER).subject(account.id()).upn(account.username())
                .groups("INSPECTOR").expiresIn(300).sign();
        as(valid).get(ME).then().statusCode(200).body("id", equalTo(account.id()));
    }

    @Test
    void eightWrongPasswordsBlockTheAccountButNotTheOthers() {
        Account target = account("INSPECTOR");
        Account bystander = account("INSPECTOR");
        for (int i = 0; i < 8; i++) {
            login(target.username(), "sai-mat-khau-" + i).statusCode(401);
        }
        String retryAfter = login(target.username(), PASSWORD).statusCode(429).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:too-many-requests"), "status", is(429))
                .extract().header("Retry-After");
        assertTrue(Long.parseLong(retryAfter) > 0, "Retry-After " + retryAfter);
        login(bystander.username(), PASSWORD).statusCode(200);
    }

    /** An account with a known username in a district of its own (no organization for an administrator). */
    private static Account account(String role) {
        String organizationId = "SYSTEM_ADMIN".equals(role) ? null : district("Huyện đăng nhập");
        String username = code("dn").toLowerCase();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "fullName", "Nguyễn Văn An",
                "role", role, "password", PASSWORD));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        String id = api().body(body).post("/api/v1/users").then().statusCode(201).extract().path("id");
        return new Account(id, username, organizationId);
    }

    /** An administrator's PUT of the account with another role (in the same organization) or active flag. */
    private static void change(Account account, String role, boolean active) {
        String organizationId = account.organizationId() != null ? account.organizationId()
                : "SYSTEM_ADMIN".equals(role) ? null : district("Huyện giáng chức");
        Map<String, Object> body = new HashMap<>(Map.of("username", account.username(), "fullName", "Nguyễn Văn An",
                "role", role, "active", active));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        api().header("If-Match", etag("/api/v1/users/{id}", account.id())).body(body)
                .put("/api/v1/users/{id}", account.id()).then().statusCode(200)
                .body("active", is(active), "role", equalTo(role));
    }

    private static ValidatableResponse login(String username, String password) {
        return anonymous().body(Map.of("username", username, "password", password)).post(LOGIN).then();
    }

    private static ValidatableResponse refresh(String refreshToken) {
        return anonymous().body(Map.of("refreshToken", refreshToken)).post(REFRESH).then();
    }

    /** A 401 problem with the bearer challenge. */
    private static ValidatableResponse challenged(ValidatableResponse response) {
        return response.statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:nennep:problem:unauthorized"));
    }
}
