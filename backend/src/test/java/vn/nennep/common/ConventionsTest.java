package vn.nennep.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.raw;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's conventions, shared by every resource: problem details, paging, sorting, languages, request ids. */
@QuarkusTest
class ConventionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsABadRequest() {
        api().body("{bad").post("/api/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:bad-request"), "title", equalTo("Yêu cầu không hợp lệ"),
                        "detail", containsString("JSON"), "instance", equalTo("/api/v1/organizations"))
                .body(not(containsString("Exception")), not(containsString("jackson")));
        api().body("{\"code\": \"A\", \"name\": \"B\"").post("/api/v1/organizations").then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        api().post("/api/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("JSON"));
    }

    @Test
    void wrongTypesNameTheField() {
        api().body("{\"code\":\"X1\",\"name\":\"Chi bộ\",\"type\":\"BRANCH\",\"memberCount\":\"nhiều\"}")
                .post("/api/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("memberCount"), "errors[0].message", equalTo("phải là integer"));
        api().body("{\"code\":\"X1\",\"name\":\"Chi bộ\",\"type\":\"HAMLET\"}")
                .post("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("type"), "errors[0].message", containsString("BRANCH"));
        api().body("{\"code\":\"X1\",\"name\":\"Chi bộ\",\"type\":\"BRANCH\",\"parentId\":\"abc\"}")
                .post("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("parentId"), "errors[0].message", containsString("UUID"));
        api().body("[1, 2]").post("/api/v1/organizations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyJsonIsAccepted() {
        api().contentType(ContentType.XML).body("<organization/>").post("/api/v1/organizations")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:unsupported-media-type"));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        raw().get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:not-found"), "instance", equalTo("/api/v1/no-such-thing"));
        raw().body("{}").patch("/api/v1/organizations").then().statusCode(405).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:method-not-allowed"));
    }

    @Test
    void pagingParametersAreChecked() {
        api().queryParam("size", 201).get("/api/v1/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("size"), "errors[0].message", containsString("1–200"));
        api().queryParam("page", -1).get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("page"));
        api().queryParam("size", "ten").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("size"));
        api().queryParam("sort", "password,asc").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("sort"), "errors[0].message", containsString("name"));
        api().queryParam("sort", "name,up").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("sort"));
        api().queryParam("type", "HAMLET").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("type"));
        api().queryParam("parentId", "42").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("parentId"));
        api().queryParam("updatedSince", "yesterday").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", contains("updatedSince"));
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        String district = district("Huyện không có xã");
        api().queryParam("parentId", district).get("/api/v1/organizations").then().statusCode(200)
                .body("items", hasSize(0), "totalItems", is(0), "totalPages", is(0));
    }

    @Test
    void updatedSinceReturnsOnlyLaterChanges() {
        String district = district("Huyện đồng bộ");
        String before = grassroots(district, "Xã cũ");
        String since = api().get("/api/v1/organizations/{id}", before).then().extract().path("updatedAt");
        OffsetDateTime after = OffsetDateTime.parse(since).plusNanos(1000);
        String later = grassroots(district, "Xã mới");
        api().queryParam("parentId", district).queryParam("updatedSince", after.toString())
                .get("/api/v1/organizations").then().statusCode(200).body("items.id", contains(later));
    }

    @Test
    void messagesFollowAcceptLanguage() {
        api().header("Accept-Language", "en-GB,en;q=0.9").body(Map.of("name", "x"))
                .post("/api/v1/organizations").then().statusCode(422)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid data"), "errors[0].message", equalTo("must not be empty"));
        api().header("Accept-Language", "fr").body(Map.of("name", "x"))
                .post("/api/v1/organizations").then().statusCode(422)
                .body("title", equalTo("Dữ liệu không hợp lệ"), "errors[0].message", equalTo("không được để trống"));
    }

    @Test
    void everyResponseCarriesARequestId() {
        api().get("/api/v1/organizations").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        api().header("X-Request-Id", "tinh-hd-42").get("/api/v1/organizations/{id}", "bad")
                .then().statusCode(400).header("X-Request-Id", "tinh-hd-42").body("requestId", equalTo("tinh-hd-42"));
        api().header("X-Request-Id", "<script>").get("/api/v1/organizations").then()
                .header("X-Request-Id", not(equalTo("<script>"))).header("X-Request-Id", notNullValue());
    }

    @Test
    void aConflictsDetailIsASentenceAndItsFieldMessageReadsAfterTheLabel() {
        String district = district("Huyện có mã trùng");
        String code = api().get("/api/v1/organizations/{id}", district).then().extract().path("code");
        api().body(Map.of("code", code, "name", "Xã trùng mã", "type", "GRASSROOTS", "parentId", district))
                .post("/api/v1/organizations").then().statusCode(409).contentType(PROBLEM)
                .body("detail", startsWith("Mã \"" + code + "\" đã được dùng"),
                        "errors[0].field", equalTo("code"), "errors[0].message", startsWith("mã \"" + code + "\""));
        api().header("Accept-Language", "en").body(Map.of("code", code, "name", "X", "type", "GRASSROOTS",
                "parentId", district)).post("/api/v1/organizations").then().statusCode(409)
                .body("detail", matchesPattern("^\\p{Lu}.*"));
    }
}
