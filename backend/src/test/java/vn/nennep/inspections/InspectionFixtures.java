package vn.nennep.inspections;

import static vn.nennep.support.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nennep.support.Fixtures;

/** Inspections for tests: bodies and records of a committee, with a plan number no other test uses. */
public final class InspectionFixtures {

    public static final String BASE = "/api/v1/inspections";
    public static final String ONE = "/api/v1/inspections/{id}";

    private InspectionFixtures() {
    }

    /** A team of two: its head and a member (public office-holders named in the decision). */
    public static List<Map<String, Object>> team() {
        return List.of(
                Map.of("fullName", "Lê Văn Trưởngđoàn", "position", "Chủ nhiệm Ủy ban Kiểm tra", "role", "HEAD"),
                Map.of("fullName", "Hà Thị Thànhviên", "position", "Phó Trưởng Ban Tuyên giáo", "role", "MEMBER"));
    }

    /** The body of a PLANNED inspection of {@code committeeId} over {@code subjectIds}, 6-17/5/2024. */
    public static Map<String, Object> body(String committeeId, String... subjectIds) {
        String issuer = committeeIssuer(committeeId);
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", committeeId);
        body.put("kind", "INSPECTION");
        body.put("planNumber", Fixtures.documentNumber("KH", issuer));
        body.put("title", "Kiểm tra việc học tập, quán triệt nghị quyết");
        body.put("subjectOrganizationIds", List.of(subjectIds));
        body.put("team", team());
        body.put("plannedFrom", "2024-05-06");
        body.put("plannedTo", "2024-05-17");
        return body;
    }

    /** A PLANNED inspection of {@code committeeId} over {@code subjectIds}. */
    public static String inspection(String committeeId, String... subjectIds) {
        return api().body(body(committeeId, subjectIds)).post(BASE).then().statusCode(201).extract().path("id");
    }

    /** A finding about {@code subjectId}. */
    public static Map<String, Object> finding(String subjectId, String rating) {
        return Map.of("area", "ACTION_PLAN", "organizationId", subjectId, "rating", rating,
                "text", "Chương trình hành động ban hành chậm so với kế hoạch.");
    }

    /** The conclusion 47-KL/… issued on 20/5/2024 (a number of its own). */
    public static Map<String, Object> conclusion(String issuer) {
        return Map.of("number", Fixtures.documentNumber("KL", issuer), "issuedOn", "2024-05-20",
                "text", "Cơ bản thực hiện tốt; cần khắc phục việc chậm ban hành chương trình hành động.");
    }

    /** A remedy of {@code subjectId} due on {@code dueOn}, in {@code status}. */
    public static Map<String, Object> remedy(String subjectId, String dueOn, String status) {
        Map<String, Object> remedy = new HashMap<>(Map.of("organizationId", subjectId,
                "text", "Rà soát, bổ sung chương trình hành động.", "dueOn", dueOn, "status", status));
        if ("DONE".equals(status)) {
            remedy.put("doneOn", "2024-06-20");
        }
        if ("WAIVED".equals(status)) {
            remedy.put("waivedReason", "Đã sáp nhập đơn vị, không còn đối tượng khắc phục.");
        }
        return remedy;
    }

    /** The issuer code of a committee's documents: HU for a district, ĐU for a grassroots organization. */
    public static String committeeIssuer(String committeeId) {
        String type = api().get("/api/v1/organizations/{id}", committeeId).then().statusCode(200).extract()
                .path("type");
        return "DISTRICT".equals(type) ? "HU" : "ĐU";
    }
}
