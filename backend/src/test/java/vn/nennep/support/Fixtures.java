package vn.nennep.support;

import static vn.nennep.support.Api.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of test data through the API; every code is unique so tests never share rows. */
public final class Fixtures {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    public static String code(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    public static String create(String type, String name, String parentId) {
        return organization(Map.of("code", code(type.substring(0, 2)), "name", name, "type", type),
                parentId);
    }

    public static String organization(Map<String, Object> body, String parentId) {
        Map<String, Object> request = new java.util.HashMap<>(body);
        if (parentId != null) {
            request.put("parentId", parentId);
        }
        return api().body(request).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    public static String district(String name) {
        return create("DISTRICT", name, null);
    }

    public static String grassroots(String districtId, String name) {
        return create("GRASSROOTS", name, districtId);
    }

    public static String branch(String grassrootsId, String name) {
        return create("BRANCH", name, grassrootsId);
    }

    public static String member(String branchId, String fullName) {
        return api().body(Map.of("fullName", fullName, "status", "FULL"))
                .post("/api/v1/organizations/{id}/members", branchId)
                .then().statusCode(201).extract().path("id");
    }

    /** A zone of {@code districtId} grouping the given grassroots committees. */
    public static String zone(String districtId, String name, List<String> organizationIds) {
        return api().body(Map.of("name", name, "districtId", districtId, "organizationIds", organizationIds))
                .post("/api/v1/zones")
                .then().statusCode(201).extract().path("id");
    }

    /** A member with any fields of the request body (fullName and status at least). */
    public static String member(String branchId, Map<String, Object> body) {
        return api().body(body).post("/api/v1/organizations/{id}/members", branchId)
                .then().statusCode(201).extract().path("id");
    }

    public static final String PASSWORD = "mat-khau-thu-nghiem";

    /** A new account of {@code role} in {@code organizationId} (null for none); returns its id. */
    public static String user(String role, String organizationId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", code("u").toLowerCase(),
                "fullName", "Người dùng thử", "role", role, "password", PASSWORD));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        return api().body(body).post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    /** A signed-in account of {@code role} in {@code organizationId}: its access token. */
    public static String tokenFor(String role, String organizationId) {
        String id = user(role, organizationId);
        String username = api().get("/api/v1/users/{id}", id).then().extract().path("username");
        return Api.login(username, PASSWORD);
    }

    /** The current ETag of a resource, for If-Match. */
    public static String etag(String path, Object... params) {
        return api().get(path, params).then().statusCode(200).extract().header("ETag");
    }
}
