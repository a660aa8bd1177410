package vn.nennep.studies;

import static vn.nennep.support.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nennep.support.Fixtures;

/** Study plans and action plans built through the API for the tests; every number is unique to the run. */
public final class StudyFixtures {

    private StudyFixtures() {
    }

    /** A plan number of the committee's own (KH), e.g. {@code 17-KH/HU} for a district. */
    public static String planNumber(String issuerCode) {
        return Fixtures.documentNumber("KH", issuerCode);
    }

    /**
     * The body of a plan of {@code organizationId} (a district: its number KH/HU; a grassroots committee: KH/ĐU) for
     * {@code resolutionId}, issued 1/3/2024 with two levels and a presenter, action plans due 15/5/2024.
     */
    public static Map<String, Object> planBody(String organizationId, String resolutionId, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("resolutionId", resolutionId);
        body.put("number", number);
        body.put("issuedOn", "2024-03-01");
        body.put("title", "Kế hoạch học tập, quán triệt văn bản " + number);
        body.put("levels", List.of(Map.of("audience", "KEY_CADRES", "dueOn", "2024-03-15"),
                Map.of("audience", "ALL_MEMBERS", "dueOn", "2024-04-30")));
        body.put("presenters", List.of(Map.of("fullName", "Lê Văn Hùng", "position", "Phó Bí thư Thường trực")));
        body.put("actionPlansDueOn", "2024-05-15");
        return body;
    }

    /** A district's plan (number KH/HU) for the document: its id. */
    public static String districtPlan(String districtId, String resolutionId) {
        return api().body(planBody(districtId, resolutionId, planNumber("HU"))).post("/api/v1/study-plans")
                .then().statusCode(201).extract().path("id");
    }

    /** A new document of the district, to plan the study of. */
    public static String document(String districtId) {
        return Fixtures.resolution(districtId, Fixtures.documentNumber("NQ", "HU"));
    }

    /** The action plan of {@code organizationId} under the study plan. */
    public static String actionPlanOf(String studyPlanId, String organizationId) {
        return api().queryParam("studyPlanId", studyPlanId).queryParam("organizationId", organizationId)
                .get("/api/v1/action-plans").then().statusCode(200).extract().path("items[0].id");
    }

    /** A fresh district plan for a fresh document, and the PENDING action plan it asked of {@code organizationId}. */
    public static String pendingActionPlan(String districtId, String organizationId) {
        return actionPlanOf(districtPlan(districtId, document(districtId)), organizationId);
    }

    /** The body of a submission of the organization's plan (a KH/ĐU number), dated {@code submittedOn}. */
    public static Map<String, Object> submission(String submittedOn) {
        return Map.of("status", "SUBMITTED", "documentNumber", Fixtures.documentNumber("KH", "ĐU"),
                "title", "Kế hoạch thực hiện nghị quyết của Đảng ủy xã", "submittedOn", submittedOn);
    }

    /**
     * The body of a plan of {@code organizationId} (the district itself, numbered KH/HU, or a grassroots committee of
     * it, numbered KH/ĐU) for a new document of {@code districtId}.
     */
    public static Map<String, Object> newPlanBody(String organizationId, String districtId) {
        String issuerCode = organizationId.equals(districtId) ? "HU" : "ĐU";
        return planBody(organizationId, document(districtId), planNumber(issuerCode));
    }

    /** A plan as {@link #newPlanBody} describes it: its id. */
    public static String newPlan(String organizationId, String districtId) {
        return api().body(newPlanBody(organizationId, districtId)).post("/api/v1/study-plans").then().statusCode(201)
                .extract().path("id");
    }
}
