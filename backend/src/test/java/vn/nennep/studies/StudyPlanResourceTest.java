package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.studies.StudyFixtures.document;
import static vn.nennep.studies.StudyFixtures.planBody;
import static vn.nennep.studies.StudyFixtures.planNumber;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Issuing, editing, moving and deleting study plans, and the pending action plans issuing one asks for. */
@QuarkusTest
class StudyPlanResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BASE = "/api/v1/study-plans";
    private static final String ACTION_PLANS = "/api/v1/action-plans";

    @Test
    void issuingAPlanAsksEveryGrassrootsOrganizationInScopeForAPendingActionPlan() {
        String district = district("Huyện Triệu Sơn thử");
        String danLuc = grassroots(district, "Đảng bộ xã Dân Lực");
        String hopThanh = grassroots(district, "Đảng bộ xã Hợp Thành");
        String school = grassroots(district, "Chi bộ Trường THPT Triệu Sơn 1");
        branch(danLuc, "Chi bộ thôn 1");
        Fixtures.create("DEPARTMENT", "Ban Tuyên giáo Huyện ủy", district);
        String resolution = document(district);
        String id = api().body(planBody(district, resolution, "199-KH/HU")).post(BASE).then().statusCode(201)
                .header("ETag", "\"0\"").body("status", equalTo("PLANNED"), "number", equalTo("199-KH/HU"),
                        "scopeOrganizationId", equalTo(district), "resolutionId", equalTo(resolution),
                        "resolutionNumber", containsString("-NQ/HU"), "sessionCount", is(0),
                        "allowedTransitions", contains("IN_PROGRESS", "CANCELLED"),
                        "levels.audience", contains("KEY_CADRES", "ALL_MEMBERS"),
                        "presenters[0].fullName", equalTo("Lê Văn Hùng"),
                        "actionPlans.total", is(3), "actionPlans.pending", is(3), "actionPlans.submitted", is(0))
                .extract().path("id");
        api().queryParam("studyPlanId", id).get(ACTION_PLANS).then().statusCode(200)
                .body("totalItems", is(3), "items.organizationId", containsInAnyOrder(danLuc, hopThanh, school),
                        "items.status", everyItem(equalTo("PENDING")), "items.dueOn", everyItem(equalTo("2024-05-15")),
                        "items.resolutionId", everyItem(equalTo(resolution)),
                        "items.submittedLate", everyItem(equalTo(null)));

        // The commune's own plan for the same document asks nothing more: the commune already owes one.
        api().body(planBody(danLuc, resolution, planNumber("ĐU"))).post(BASE).then().statusCode(201)
                .body("scopeOrganizationId", equalTo(danLuc), "actionPlans.total", is(0));
        api().queryParam("resolutionId", resolution).get(ACTION_PLANS).then().body("totalItems", is(3));
    }

    @Test
    void aPlanScopedToOneCommuneAsksOnlyThatCommune() {
        String district = district("Huyện phạm vi thử");
        String commune = grassroots(district, "Xã trong phạm vi");
        grassroots(district, "Xã ngoài phạm vi");
        Map<String, Object> body = planBody(district, document(district), planNumber("HU"));
        body.put("scopeOrganizationId", commune);
        String id = api().body(body).post(BASE).then().statusCode(201).body("actionPlans.total", is(1))
                .extract().path("id");
        api().queryParam("studyPlanId", id).get(ACTION_PLANS).then().body("items.organizationId", contains(commune));
    }

    @Test
    void fiftyEightGrassrootsOrganizationsAreAskedInOneQuickTransaction() {
        String district = district("Huyện năm mươi tám cơ sở");
        for (int i = 1; i <= 58; i++) {
            grassroots(district, "Tổ chức cơ sở đảng số " + i);
        }
        long start = System.nanoTime();
        String id = api().body(planBody(district, document(district), planNumber("HU"))).post(BASE).then()
                .statusCode(201).body("actionPlans.total", is(58), "actionPlans.pending", is(58)).extract().path("id");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "issuing the plan took " + millis + " ms");
        api().queryParam("studyPlanId", id).queryParam("size", 200).get(ACTION_PLANS).then()
                .body("totalItems", is(58));
    }

    @Test
    void aSecondPlanForTheDocumentOrTheSameNumberIsAConflictAndBadInputNamesTheField() {
        String district = district("Huyện kế hoạch trùng");
        String commune = grassroots(district, "Xã kế hoạch trùng");
        String resolution = document(district);
        String number = planNumber("HU");
        api().body(planBody(district, resolution, number)).post(BASE).then().statusCode(201);
        api().body(planBody(district, resolution, planNumber("HU"))).post(BASE).then().statusCode(409)
                .contentType(PROBLEM).body("errors[0].field", equalTo("resolutionId"));
        api().body(planBody(district, document(district), number))
                .post(BASE).then().statusCode(409).body("errors[0].field", equalTo("number"));

        String other = document(district);
        expect422(planBody(district, other, Fixtures.documentNumber("NQ", "HU")), "number");
        expect422(planBody(district, other, "KH-199"), "number");
        expect422(planBody(district, "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10", planNumber("HU")), "resolutionId");
        expect422(planBody(branch(commune, "Chi bộ lập kế hoạch"), other, planNumber("HU")), "organizationId");
        Map<String, Object> outside = planBody(district, other, planNumber("HU"));
        outside.put("scopeOrganizationId", grassroots(district("Huyện khác"), "Xã huyện khác"));
        expect422(outside, "scopeOrganizationId");
        Map<String, Object> twice = planBody(district, other, planNumber("HU"));
        twice.put("levels", List.of(Map.of("audience", "KEY_CADRES", "dueOn", "2024-03-15"),
                Map.of("audience", "KEY_CADRES", "dueOn", "2024-03-20")));
        expect422(twice, "levels[1].audience");
        Map<String, Object> early = planBody(district, other, planNumber("HU"));
        early.put("actionPlansDueOn", "2024-02-28");
        expect422(early, "actionPlansDueOn");
        Map<String, Object> missing = planBody(district, other, planNumber("HU"));
        missing.remove("title");
        expect422(missing, "title");
        // Nothing was half-written: no plan and no action plan for the other document.
        api().queryParam("resolutionId", other).get(BASE).then().body("totalItems", is(0));
        api().queryParam("resolutionId", other).get(ACTION_PLANS).then().body("totalItems", is(0));
    }

    private static void expect422(Map<String, Object> body, String field) {
        api().body(body).post(BASE).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
    }

    @Test
    void changingTheDueDateMovesThePendingActionPlansStillOnTheOldDate() {
        String district = district("Huyện dời hạn");
        String first = grassroots(district, "Xã nộp rồi");
        String second = grassroots(district, "Xã có hạn riêng");
        String third = grassroots(district, "Xã theo hạn chung");
        String resolution = document(district);
        Map<String, Object> body = planBody(district, resolution, planNumber("HU"));
        String id = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        String submitted = StudyFixtures.actionPlanOf(id, first);
        api().body(StudyFixtures.submission("2024-04-02")).post(ACTION_PLANS + "/{id}/status", submitted).then()
                .statusCode(200);
        String own = StudyFixtures.actionPlanOf(id, second);
        api().header("If-Match", Fixtures.etag(ACTION_PLANS + "/{id}", own)).body(Map.of("dueOn", "2024-06-30"))
                .put(ACTION_PLANS + "/{id}", own).then().statusCode(200);

        body.put("actionPlansDueOn", "2024-05-31");
        body.put("title", "Kế hoạch học tập (sửa đổi)");
        api().body(body).put(BASE + "/{id}", id).then().statusCode(428).contentType(PROBLEM);
        api().header("If-Match", "\"7\"").body(body).put(BASE + "/{id}", id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put(BASE + "/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("actionPlansDueOn", equalTo("2024-05-31"),
                        "title", equalTo("Kế hoạch học tập (sửa đổi)"), "actionPlans.submitted", is(1));
        assertEquals("2024-04-02", dueOf(submitted, "submittedOn"));
        assertEquals("2024-05-15", dueOf(submitted, "dueOn"));
        assertEquals("2024-06-30", dueOf(own, "dueOn"));
        assertEquals("2024-05-31", dueOf(StudyFixtures.actionPlanOf(id, third), "dueOn"));

        Map<String, Object> moved = planBody(district, document(district), (String) body.get("number"));
        api().header("If-Match", "\"1\"").body(moved).put(BASE + "/{id}", id).then().statusCode(422)
                .body("errors.field", hasItem("resolutionId"));
    }

    private static String dueOf(String actionPlan, String field) {
        return api().get(ACTION_PLANS + "/{id}", actionPlan).then().statusCode(200).extract().path(field);
    }

    @Test
    void theLifecycleNamesTheAllowedMovesAndAFinishedPlanIsNotEdited() {
        String district = district("Huyện vòng đời kế hoạch");
        Map<String, Object> body = planBody(district, document(district), planNumber("HU"));
        String id = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        api().body(Map.of("status", "COMPLETED")).post(BASE + "/{id}/status", id).then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("IN_PROGRESS, CANCELLED"),
                        "errors[0].field", equalTo("status"));
        api().header("If-Match", "\"5\"").body(Map.of("status", "IN_PROGRESS")).post(BASE + "/{id}/status", id)
                .then().statusCode(412);
        api().body(Map.of("status", "IN_PROGRESS")).post(BASE + "/{id}/status", id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"), "allowedTransitions", contains("COMPLETED", "CANCELLED"));
        api().header("If-Match", "\"1\"").body(Map.of("status", "COMPLETED")).post(BASE + "/{id}/status", id)
                .then().statusCode(200).body("status", equalTo("COMPLETED"), "allowedTransitions", hasSize(0));
        api().body(Map.of("status", "CANCELLED")).post(BASE + "/{id}/status", id).then().statusCode(409)
                .body("detail", containsString("COMPLETED"));
        api().header("If-Match", "\"2\"").body(body).put(BASE + "/{id}", id).then().statusCode(409);
        api().body(Map.of("status", "DONE")).post(BASE + "/{id}/status", id).then().statusCode(400);

        api().get(BASE + "/{id}/history", id).then().statusCode(200)
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("COMPLETED"));
    }

    @Test
    void deletingTakesThePendingActionPlansAlongButNotOnceOneWasSubmitted() {
        String district = district("Huyện xóa kế hoạch");
        String commune = grassroots(district, "Xã xóa kế hoạch");
        String id = api().body(planBody(district, document(district), planNumber("HU"))).post(BASE).then()
                .statusCode(201).extract().path("id");
        String actionPlan = StudyFixtures.actionPlanOf(id, commune);
        api().body(StudyFixtures.submission("2024-04-02")).post(ACTION_PLANS + "/{id}/status", actionPlan).then()
                .statusCode(200);
        api().delete(BASE + "/{id}", id).then().statusCode(409).contentType(PROBLEM);

        String pendingPlan = api().body(planBody(district, document(district), planNumber("HU"))).post(BASE)
                .then().statusCode(201).extract().path("id");
        String pending = StudyFixtures.actionPlanOf(pendingPlan, commune);
        api().delete(BASE + "/{id}", pendingPlan).then().statusCode(204);
        api().get(BASE + "/{id}", pendingPlan).then().statusCode(404);
        api().get(ACTION_PLANS + "/{id}", pending).then().statusCode(404);
        api().get(BASE + "/{id}/history", pendingPlan).then().statusCode(200)
                .body("items[0].operation", equalTo("DELETE"));
    }

    @Test
    void listsFilterSearchIgnoringDiacriticsSortAndExportCsv() {
        String district = district("Huyện lọc kế hoạch");
        String commune = grassroots(district, "Xã lọc kế hoạch");
        String resolution = document(district);
        Map<String, Object> body = planBody(district, resolution, planNumber("HU"));
        body.put("title", "Kế hoạch học tập Nghị quyết về chuyển đổi số");
        String districtPlan = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        String communePlan = api().body(planBody(commune, document(district), planNumber("ĐU"))).post(BASE)
                .then().statusCode(201).extract().path("id");
        api().queryParam("organizationId", district).queryParam("sort", "number,asc").get(BASE).then()
                .statusCode(200).body("items.id", containsInAnyOrder(districtPlan, communePlan));
        api().queryParam("organizationId", commune).get(BASE).then().body("items.id", contains(communePlan));
        api().queryParam("organizationId", district).queryParam("q", "chuyen doi so").get(BASE).then()
                .body("items.id", contains(districtPlan));
        String resolutionNumber = api().get(BASE + "/{id}", districtPlan).then().extract().path("resolutionNumber");
        api().queryParam("organizationId", district).queryParam("q", resolutionNumber).get(BASE).then()
                .body("items.id", contains(districtPlan));
        api().queryParam("organizationId", district).queryParam("status", "COMPLETED").get(BASE).then()
                .body("totalItems", is(0));
        api().queryParam("sort", "title").get(BASE).then().statusCode(400);
        api().queryParam("status", "DONE").get(BASE).then().statusCode(400);
        String csv = api().accept("text/csv").queryParam("organizationId", district).get(BASE).then()
                .statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,externalId,organizationId,resolutionId,resolutionNumber"), csv);
        assertTrue(csv.contains("chuyển đổi số"), csv);
    }

    @Test
    void theDistrictOfficePlansAGrassrootsOfficerReadsAndOtherDistrictsSeeNothing() {
        String district = district("Huyện quyền kế hoạch");
        String commune = grassroots(district, "Xã quyền kế hoạch");
        String office = tokenFor("DISTRICT_OFFICE", district);
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        String id = as(office).body(planBody(district, document(district), planNumber("HU"))).post(BASE).then()
                .statusCode(201).extract().path("id");
        as(officer).get(BASE + "/{id}", id).then().statusCode(200);
        as(officer).body(planBody(commune, document(district), planNumber("ĐU"))).post(BASE).then()
                .statusCode(403);
        as(officer).body(Map.of("status", "IN_PROGRESS")).post(BASE + "/{id}/status", id).then().statusCode(403);
        String stranger = tokenFor("DISTRICT_OFFICE", district("Huyện láng giềng"));
        as(stranger).get(BASE + "/{id}", id).then().statusCode(403);
        as(stranger).queryParam("organizationId", district).get(BASE).then().body("totalItems", is(0));
        // A document of another district is not one to plan the study of.
        String foreign = document(district("Huyện văn bản khác"));
        as(office).body(planBody(district, foreign, planNumber("HU"))).post(BASE).then().statusCode(422)
                .body("errors.field", hasItem("resolutionId"));
    }
}
