package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.studies.StudyFixtures.actionPlanOf;
import static vn.nennep.studies.StudyFixtures.districtPlan;
import static vn.nennep.studies.StudyFixtures.document;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/** An action plan submitted by its organization, returned with a reason, resubmitted and accepted by the district. */
@QuarkusTest
class ActionPlanLifecycleTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BASE = "/api/v1/action-plans";
    private static final String STATUS = BASE + "/{id}/status";

    @Test
    void submittedReturnedResubmittedAndAcceptedTheFirstSubmissionDecidesLateness() {
        String district = district("Huyện vòng đời hành động");
        String commune = grassroots(district, "Đảng bộ xã Dân Lực thử");
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        String office = tokenFor("DISTRICT_OFFICE", district);
        String plan = districtPlan(district, document(district));
        String id = actionPlanOf(plan, commune);
        api().get(BASE + "/{id}", id).then().statusCode(200).body("status", equalTo("PENDING"),
                "organizationName", equalTo("Đảng bộ xã Dân Lực thử"), "allowedTransitions", contains("SUBMITTED"),
                "submittedLate", nullValue(), "documentNumber", nullValue());

        as(officer).body(Map.of("status", "SUBMITTED", "documentNumber", "12-KH/ĐU", "title",
                "Kế hoạch thực hiện nghị quyết", "submittedOn", "2024-05-20")).post(STATUS, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("SUBMITTED"),
                        "documentNumber", equalTo("12-KH/ĐU"), "firstSubmittedOn", equalTo("2024-05-20"),
                        "submittedOn", equalTo("2024-05-20"), "submittedLate", is(true), "overdue", is(false),
                        "allowedTransitions", contains("ACCEPTED", "RETURNED"));
        as(officer).body(Map.of("status", "ACCEPTED")).post(STATUS, id).then().statusCode(403).contentType(PROBLEM);
        as(office).body(Map.of("status", "RETURNED")).post(STATUS, id).then().statusCode(422)
                .body("errors.field", contains("reason"));
        as(office).body(Map.of("status", "RETURNED", "reason", "Chưa phân công cụ thể", "reviewedOn", "2024-05-10"))
                .post(STATUS, id).then().statusCode(422).body("errors.field", contains("reviewedOn"));
        as(office).body(Map.of("status", "RETURNED", "reason", "Chưa phân công cụ thể", "reviewedOn", "2024-05-25"))
                .post(STATUS, id).then().statusCode(200).body("status", equalTo("RETURNED"),
                        "returnReason", equalTo("Chưa phân công cụ thể"), "reviewedOn", equalTo("2024-05-25"),
                        "overdue", is(true), "documentNumber", equalTo("12-KH/ĐU"));
        as(office).body(Map.of("status", "ACCEPTED")).post(STATUS, id).then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("SUBMITTED"), "errors[0].field", equalTo("status"));

        as(officer).header("If-Match", "\"1\"").body(Map.of("status", "SUBMITTED", "documentNumber", "14-KH/ĐU"))
                .post(STATUS, id).then().statusCode(412);
        String today = LocalDate.now(Time.LOCAL).toString();
        as(officer).header("If-Match", "\"2\"").body(Map.of("status", "SUBMITTED", "documentNumber", "14-KH/ĐU"))
                .post(STATUS, id).then().statusCode(200).body("documentNumber", equalTo("14-KH/ĐU"),
                        "firstSubmittedOn", equalTo("2024-05-20"), "submittedOn", equalTo(today),
                        "returnReason", nullValue(), "reviewedOn", nullValue(),
                        "title", equalTo("Kế hoạch thực hiện nghị quyết"));
        as(office).body(Map.of("status", "ACCEPTED")).post(STATUS, id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"), "reviewedOn", equalTo(today), "allowedTransitions", hasSize(0),
                        "submittedLate", is(true), "overdue", is(false));
        as(office).body(Map.of("status", "RETURNED", "reason", "Xem lại")).post(STATUS, id).then().statusCode(409)
                .body("detail", containsString("ACCEPTED"));
        api().get(BASE + "/{id}", id).then().body("version", is(4));

        api().get(BASE + "/{id}/history", id).then().statusCode(200).body("items", hasSize(5),
                "items[0].changes.find { it.field == 'status' }.to", equalTo("ACCEPTED"),
                "items[2].changes.find { it.field == 'returnReason' }.to", equalTo("Chưa phân công cụ thể"),
                "items[4].operation", equalTo("CREATE"));
        api().get("/api/v1/study-plans/{id}", plan).then().body("actionPlans.accepted", is(1),
                "actionPlans.pending", is(0), "actionPlans.overdue", is(0));
    }

    @Test
    void aSubmissionNeedsAPlanNumberOfItsOwnTypeAndNoFutureDate() {
        String district = district("Huyện nộp sai");
        String commune = grassroots(district, "Xã nộp sai");
        String id = actionPlanOf(districtPlan(district, document(district)), commune);
        api().body(Map.of("status", "SUBMITTED")).post(STATUS, id).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("documentNumber"));
        api().body(Map.of("status", "SUBMITTED", "documentNumber", "12-NQ/ĐU")).post(STATUS, id).then()
                .statusCode(422).body("errors.field", contains("documentNumber"));
        api().body(Map.of("status", "SUBMITTED", "documentNumber", "KH12")).post(STATUS, id).then()
                .statusCode(422).body("errors.field", contains("documentNumber"));
        String tomorrow = LocalDate.now(Time.LOCAL).plusDays(1).toString();
        api().body(Map.of("status", "SUBMITTED", "documentNumber", "12-KH/ĐU", "submittedOn", tomorrow))
                .post(STATUS, id).then().statusCode(422).body("errors.field", contains("submittedOn"));
        api().body(Map.of("status", "ACCEPTED")).post(STATUS, id).then().statusCode(409)
                .body("detail", containsString("SUBMITTED"), "errors[0].field", equalTo("status"));
        api().body(Map.of("status", "LOST")).post(STATUS, id).then().statusCode(400);
        api().get(BASE + "/{id}", id).then().body("status", equalTo("PENDING"), "version", is(0));
    }

    @Test
    void anOfficerSubmitsItsOwnOrganizationsPlanOnlyAndABranchSecretaryReadsIt() {
        String district = district("Huyện quyền hành động");
        String commune = grassroots(district, "Xã của mình");
        String neighbour = grassroots(district, "Xã bên cạnh");
        String plan = districtPlan(district, document(district));
        String own = actionPlanOf(plan, commune);
        String other = actionPlanOf(plan, neighbour);
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).body(StudyFixtures.submission("2024-04-02")).post(STATUS, other).then().statusCode(403);
        as(officer).get(BASE + "/{id}", other).then().statusCode(403);
        as(officer).queryParam("studyPlanId", plan).get(BASE).then().body("items.id", contains(own));
        as(officer).header("If-Match", "\"0\"").body(Map.of("dueOn", "2024-06-30")).put(BASE + "/{id}", own).then()
                .statusCode(403);
        String secretary = tokenFor("BRANCH_SECRETARY", branch(commune, "Chi bộ thôn Đông"));
        as(secretary).get(BASE + "/{id}", own).then().statusCode(200);
        as(secretary).body(StudyFixtures.submission("2024-04-02")).post(STATUS, own).then().statusCode(403);
        String inspector = tokenFor("INSPECTOR", district);
        as(inspector).get(BASE + "/{id}", other).then().statusCode(200);
        as(inspector).body(StudyFixtures.submission("2024-04-02")).post(STATUS, own).then().statusCode(403);
        as(officer).body(StudyFixtures.submission("2024-04-02")).post(STATUS, own).then().statusCode(200)
                .body("submittedLate", is(false));
        as(tokenFor("DISTRICT_OFFICE", district("Huyện khác duyệt"))).body(Map.of("status", "ACCEPTED"))
                .post(STATUS, own).then().statusCode(403);
        // The district office submits on behalf of the neighbour.
        as(tokenFor("DISTRICT_OFFICE", district)).body(StudyFixtures.submission("2024-05-15")).post(STATUS, other)
                .then().statusCode(200).body("submittedLate", is(false));
    }

    @Test
    void overdueIsReckonedInHanoiTimeFromTheDayAfterTheDueDate() {
        String district = district("Huyện quá hạn");
        String late = grassroots(district, "Xã quá hạn");
        String due = grassroots(district, "Xã đến hạn hôm nay");
        String plan = districtPlan(district, document(district));
        LocalDate today = LocalDate.now(Time.LOCAL);
        String yesterdayPlan = actionPlanOf(plan, late);
        String todayPlan = actionPlanOf(plan, due);
        dueOn(yesterdayPlan, today.minusDays(1));
        dueOn(todayPlan, today);
        api().get(BASE + "/{id}", yesterdayPlan).then().body("overdue", is(true));
        api().get(BASE + "/{id}", todayPlan).then().body("overdue", is(false));
        api().queryParam("studyPlanId", plan).queryParam("overdue", true).get(BASE).then()
                .body("items.id", contains(yesterdayPlan));
        api().queryParam("studyPlanId", plan).queryParam("overdue", false).get(BASE).then()
                .body("items.id", contains(todayPlan));
        api().get("/api/v1/study-plans/{id}", plan).then().body("actionPlans.overdue", is(1));
        api().queryParam("overdue", "maybe").get(BASE).then().statusCode(400);
    }

    private static void dueOn(String id, LocalDate dueOn) {
        api().header("If-Match", Fixtures.etag(BASE + "/{id}", id)).body(Map.of("dueOn", dueOn.toString(),
                "status", "ACCEPTED")).put(BASE + "/{id}", id).then().statusCode(200)
                .body("dueOn", equalTo(dueOn.toString()), "status", equalTo("PENDING"));
    }

    @Test
    void askingAgainIsAConflictAndOnlyGrassrootsOrganizationsInScopeAreAsked() {
        String district = district("Huyện hỏi thêm");
        String commune = grassroots(district, "Xã hỏi thêm");
        String resolution = document(district);
        String plan = districtPlan(district, resolution);
        String existing = actionPlanOf(plan, commune);
        api().body(Map.of("studyPlanId", plan, "organizationId", commune)).post(BASE).then().statusCode(409)
                .contentType(PROBLEM).body("errors[0].field", equalTo("organizationId"),
                        "existingId", equalTo(existing));
        api().body(Map.of("studyPlanId", plan, "organizationId", branch(commune, "Chi bộ hỏi thêm"))).post(BASE)
                .then().statusCode(422).body("errors.field", hasItem("organizationId"));
        api().body(Map.of("studyPlanId", plan, "organizationId", grassroots(district("Huyện xa"), "Xã xa")))
                .post(BASE).then().statusCode(422).body("errors.field", hasItem("organizationId"));
        api().body(Map.of("studyPlanId", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10", "organizationId", commune))
                .post(BASE).then().statusCode(422).body("errors.field", hasItem("studyPlanId"));

        String founded = grassroots(district, "Xã mới thành lập");
        String added = api().body(Map.of("studyPlanId", plan, "organizationId", founded, "dueOn", "2024-06-15",
                "externalId", Fixtures.code("KHHD"))).post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/")).body("status", equalTo("PENDING"),
                        "dueOn", equalTo("2024-06-15"), "resolutionId", equalTo(resolution))
                .extract().path("id");
        api().delete(BASE + "/{id}", added).then().statusCode(204);
        api().get(BASE + "/{id}", added).then().statusCode(404);
        api().body(StudyFixtures.submission("2024-04-02")).post(STATUS, existing).then().statusCode(200);
        api().delete(BASE + "/{id}", existing).then().statusCode(409).contentType(PROBLEM);
        api().body(Map.of("dueOn", "2024-06-30")).put(BASE + "/{id}", existing).then().statusCode(428);
    }
}
