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
    /** The regular meetings' months each branch has had from {@link #meetingBody}. */
    private static final Map<String, AtomicInteger> MONTHS_USED = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The body of a thematic conference of {@code organizerId}: a hard issue, nothing scheduled yet. */
    public static Map<String, Object> conferenceBody(String organizerId, String title) {
        return new java.util.HashMap<>(Map.of("organizerId", organizerId, "kind", "THEMATIC", "title", title,
                "problem", "Việc khó cần tháo gỡ: " + title));
    }

    /** A PROPOSED conference of {@code organizerId}. */
    public static String conference(String organizerId, String title) {
        return api().body(conferenceBody(organizerId, title)).post("/api/v1/conferences")
                .then().statusCode(201).extract().path("id");
    }

    /** A conference taken through its survey and schedule to HELD on 17/8/2023, at one site (210 people, 14 opinions). */
    public static String heldConference(String organizerId, String title) {
        Map<String, Object> body = conferenceBody(organizerId, title);
        body.put("survey", Map.of("achievements", "Đã có chuyển biến bước đầu", "limitations", "Còn chậm"));
        body.put("scheduledOn", "2023-08-17");
        body.put("heldOn", "2023-08-17");
        body.put("sites", List.of(Map.of("name", "Hội trường", "participants", 210, "opinions", 14)));
        String id = api().body(body).post("/api/v1/conferences").then().statusCode(201).extract().path("id");
        for (String status : List.of("SURVEYED", "SCHEDULED", "HELD")) {
            api().body(Map.of("status", status)).post("/api/v1/conferences/{id}/status", id).then().statusCode(200);
        }
        return id;
    }

    /** The body of a follow-up recorded on 20/11/2023. */
    public static Map<String, Object> followUpBody() {
        return Map.of("recordedOn", "2023-11-20", "problems", "Vấn đề mới phát sinh", "solutions", "Giải pháp đã bàn");
    }

    /** A follow-up of a conference that has been held. */
    public static String followUp(String conferenceId) {
        return api().body(followUpBody()).post("/api/v1/conferences/{id}/follow-ups", conferenceId)
                .then().statusCode(201).extract().path("id");
    }

    /** A number no other test uses for the issuer code: {@code <n>-<type>/<issuer>}. */
    public static String documentNumber(String type, String issuerCode) {
        return SEQ.incrementAndGet() + "-" + type + "/" + issuerCode;
    }

    /** The body of a document of {@code issuerId} in the 2020-2025 term, issued 10/6/2022, applying to the issuer. */
    public static Map<String, Object> resolutionBody(String issuerId, String number) {
        return new java.util.HashMap<>(Map.of("number", number, "issuerId", issuerId, "term", "2020-2025",
                "issuedOn", "2022-06-10", "title", "Nghị quyết chuyên đề số " + number));
    }

    /** A document of {@code issuerId} numbered {@code number} (e.g. 17-NQ/HU for a district). */
    public static String resolution(String issuerId, String number) {
        return api().body(resolutionBody(issuerId, number)).post("/api/v1/resolutions")
                .then().statusCode(201).extract().path("id");
    }

    /** The body of an INDICATOR target: 40 students admitted. */
    public static Map<String, Object> indicatorBody(String title) {
        return Map.of("title", title, "metric", "INDICATOR", "threshold", 40, "unit", "đảng viên");
    }

    /** A target of a resolution. */
    public static String target(String resolutionId, Map<String, Object> body) {
        return api().body(body).post("/api/v1/resolutions/{id}/targets", resolutionId)
                .then().statusCode(201).extract().path("id");
    }

    /** A target body from a title, a metric and more fields as alternating names and values. */
    public static Map<String, Object> targetBody(String title, String metric, Object... more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "metric", metric));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** A tier of a target: from {@code min} members to {@code max} (exclusive, null for no bound). */
    public static Map<String, Object> tier(int min, Integer max, Number threshold) {
        Map<String, Object> tier = new java.util.HashMap<>(Map.of("minMembers", min, "threshold", threshold));
        tier.put("maxMembers", max);
        return tier;
    }

    /** The body of an indicator report of {@code organizationId} for 2023 (or from {@code periodStart} to 31/12/2023). */
    public static Map<String, Object> reportBody(String organizationId, String periodStart, Object value) {
        return new java.util.HashMap<>(Map.of("organizationId", organizationId, "periodStart", periodStart,
                "periodEnd", "2023-12-31", "value", value, "evidence", "Quyết định kết nạp đảng viên kèm danh sách"));
    }

    /** A DRAFT report of an INDICATOR target. */
    public static String report(String resolutionId, String targetId, Map<String, Object> body) {
        return api().body(body).post("/api/v1/resolutions/{id}/targets/{targetId}/reports", resolutionId, targetId)
                .then().statusCode(201).extract().path("id");
    }

    /**
     * The body of a regular meeting of {@code branchId} held on the 3rd of a month, 14:00–15:45, 32 members counted from
     * a paper book. A branch holds one regular meeting a month: its first body is March 2024's, each further one a
     * month earlier (February 2024, January 2024, ...), so that the records a test makes never clash.
     */
    public static Map<String, Object> meetingBody(String branchId) {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 3, 3).minusMonths(
                MONTHS_USED.computeIfAbsent(branchId, b -> new AtomicInteger()).getAndIncrement());
        return new java.util.HashMap<>(Map.of("branchId", branchId, "kind", "REGULAR",
                "startedAt", day + "T14:00:00+07:00", "endedAt", day + "T15:45:00+07:00",
                "membersTotal", 32, "present", 28, "excused", 2, "unexcused", 0, "exempt", 2));
    }

    /** A meeting record of {@code branchId} (see {@link #meetingBody}). */
    public static String meeting(String branchId) {
        return api().body(meetingBody(branchId)).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    /** A briefing of {@code zoneId} hosted by {@code hostId} on {@code heldOn} (the 5th to the 10th of a month). */
    public static String briefing(String zoneId, String hostId, String heldOn) {
        return api().body(Map.of("zoneId", zoneId, "hostOrganizationId", hostId, "heldOn", heldOn))
                .post("/api/v1/briefings").then().statusCode(201).extract().path("id");
    }

    /** The body of an AGRICULTURE recommendation raised at a briefing. */
    public static Map<String, Object> recommendationBody(String briefingId, String raisedById, String addresseeId) {
        return new java.util.HashMap<>(Map.of("briefingId", briefingId, "raisedById", raisedById,
                "addresseeId", addresseeId, "field", "AGRICULTURE", "title", "Nạo vét kênh tưới tiêu",
                "content", "Kênh tưới bị bồi lắng, lúa vụ xuân thiếu nước; đề nghị hỗ trợ kinh phí nạo vét."));
    }

    /** A RAISED recommendation (see {@link #recommendationBody}). */
    public static String recommendation(String briefingId, String raisedById, String addresseeId) {
        return api().body(recommendationBody(briefingId, raisedById, addresseeId)).post("/api/v1/recommendations")
                .then().statusCode(201).extract().path("id");
    }

    /** Takes a recommendation one step on, as the system administrator: forward, answers, reviews or resolution. */
    public static void step(String recommendationId, String step, Map<String, Object> body) {
        api().body(body).post("/api/v1/recommendations/{id}/" + step, recommendationId).then().statusCode(200);
    }
}
