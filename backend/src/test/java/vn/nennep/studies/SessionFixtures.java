package vn.nennep.studies;

import static vn.nennep.support.Api.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.database.LocalPostgres;
import vn.nennep.support.Fixtures;
import vn.nennep.support.TestDatabase;

/**
 * Study sessions' test data: study plans written straight into {@code study_plans} (a session needs one, and the plans
 * are another part's endpoint), session and remark bodies, and sessions and remarks made through the API.
 */
public final class SessionFixtures {

    private SessionFixtures() {
    }

    /** A study plan of {@code organizationId} for a new document of its own, over {@code scopeId}'s subtree. */
    public static String studyPlan(String organizationId, String scopeId) {
        String resolution = Fixtures.resolution(organizationId, Fixtures.documentNumber("NQ", "HU"));
        return studyPlan(organizationId, scopeId, resolution, Fixtures.documentNumber("KH", "HU"), null);
    }

    /** A study plan with the given document, number and external id (null for none). */
    public static String studyPlan(String organizationId, String scopeId, String resolutionId, String number,
            String externalId) {
        String id = UUID.randomUUID().toString();
        String sql = "insert into study_plans (id, external_id, organization_id, resolution_id, number, issued_on,"
                + " title, scope_organization_id, action_plans_due_on, status, created_at, updated_at) values"
                + " (cast(? as uuid), ?, cast(? as uuid), cast(? as uuid), ?, ?, ?, cast(? as uuid), ?, 'IN_PROGRESS',"
                + " now(), now())";
        try (Connection db = DriverManager.getConnection(LocalPostgres.jdbcUrl(TestDatabase.NAME), LocalPostgres.USER,
                "");
                PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setString(1, id);
            insert.setString(2, externalId);
            insert.setString(3, organizationId);
            insert.setString(4, resolutionId);
            insert.setString(5, number);
            insert.setObject(6, LocalDate.of(2024, 3, 1));
            insert.setString(7, "Kế hoạch học tập, quán triệt " + number);
            insert.setString(8, scopeId);
            insert.setObject(9, LocalDate.of(2024, 4, 15));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** An in-person session of {@code organizationId} under {@code planId}: 100 expected, 95 in the hall. */
    public static Map<String, Object> sessionBody(String planId, String organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("studyPlanId", planId);
        body.put("organizationId", organizationId);
        body.put("organizerKind", "GRASSROOTS_COMMITTEE");
        body.put("audience", "ALL_MEMBERS");
        body.put("format", "IN_PERSON");
        body.put("title", "Hội nghị học tập, quán triệt nghị quyết");
        body.put("place", "Hội trường UBND xã");
        body.put("startsAt", "2024-03-15T07:30:00+07:00");
        body.put("endsAt", "2024-03-15T11:00:00+07:00");
        body.put("inPersonExpected", 100);
        body.put("inPersonAttended", 95);
        return body;
    }

    /**
     * Seed 004's hybrid session of the district's standing committee for key cadres: 36 bridge points, 1,353 expected
     * and 1,350 attended online (33 points of 37, 3 points of 44 with 43 there), 350 of 350 in the hall.
     */
    public static Map<String, Object> trieuSonBody(String planId, String districtId) {
        Map<String, Object> body = sessionBody(planId, districtId);
        body.put("organizerKind", "STANDING_COMMITTEE");
        body.put("organizerName", "Ban Thường vụ Huyện ủy Triệu Sơn");
        body.put("audience", "KEY_CADRES");
        body.put("format", "HYBRID");
        body.put("title", "Hội nghị trực tiếp kết hợp trực tuyến học tập, quán triệt nghị quyết");
        body.put("place", "Hội trường Trung tâm Chính trị huyện");
        body.put("presenterName", "Bí thư Huyện ủy");
        body.put("inPersonExpected", 350);
        body.put("inPersonAttended", 350);
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 1; i <= 36; i++) {
            points.add(point("Điểm cầu số " + i, i <= 33 ? 37 : 44, i <= 33 ? 37 : 43));
        }
        body.put("bridgePoints", points);
        return body;
    }

    public static Map<String, Object> point(String name, Integer expected, Integer attended) {
        Map<String, Object> point = new HashMap<>();
        point.put("name", name);
        point.put("expected", expected);
        point.put("attended", attended);
        return point;
    }

    public static String session(Map<String, Object> body) {
        return api().body(body).post("/api/v1/study-sessions").then().statusCode(201).extract().path("id");
    }

    public static String session(String planId, String organizationId) {
        return session(sessionBody(planId, organizationId));
    }

    public static Map<String, Object> remarkBody(String organizationId) {
        return new HashMap<>(Map.of("organizationId", organizationId, "kind", "LATE",
                "text", "Vào hội nghị chậm 15 phút"));
    }

    public static String remark(String sessionId, Map<String, Object> body) {
        return api().body(body).post("/api/v1/study-sessions/{id}/remarks", sessionId).then().statusCode(201)
                .extract().path("id");
    }
}
