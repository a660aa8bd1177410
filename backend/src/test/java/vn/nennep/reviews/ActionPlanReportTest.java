package vn.nennep.reviews;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/**
 * The action-plan report: ON_TIME and LATE decided by the first submission (a returned and resubmitted plan keeps
 * it), MISSING from the day after the due date and NOT_DUE on it, reckoned on today in Asia/Ho_Chi_Minh, and overdue
 * for a plan still PENDING or RETURNED past due.
 */
@QuarkusTest
class ActionPlanReportTest {

    private static final String REPORT = "/api/v1/reports/action-plans";

    @Inject
    EntityManager em;

    @Test
    void eachGrassrootsOrganizationsPlanHasItsOutcome() {
        ReviewFixtures rows = new ReviewFixtures(em);
        LocalDate today = LocalDate.now(Time.LOCAL);
        String district = Fixtures.district(code("Huyện kế hoạch"));
        String a = Fixtures.grassroots(district, "Đảng bộ xã A Đúng hạn");
        String b = Fixtures.grassroots(district, "Đảng bộ xã B Trễ hạn");
        String c = Fixtures.grassroots(district, "Đảng bộ xã C Trả lại");
        String d = Fixtures.grassroots(district, "Đảng bộ xã D Chưa nộp");
        String e = Fixtures.grassroots(district, "Đảng bộ xã E Chưa đến hạn");
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String other = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String plan = rows.studyPlan(district, resolution, code("KH") + "-KH/HU", LocalDate.of(2024, 4, 30));
        String otherPlan = rows.studyPlan(district, other, code("KH") + "-KH/HU", LocalDate.of(2024, 4, 30));
        LocalDate due = LocalDate.of(2024, 4, 30);
        rows.actionPlan(plan, a, due, "ACCEPTED", due);
        rows.actionPlan(plan, b, due, "SUBMITTED", due.plusDays(1));
        // Submitted on time, returned: on time, and overdue again once past due while RETURNED.
        rows.actionPlan(plan, c, due, "RETURNED", LocalDate.of(2024, 4, 2));
        // Due yesterday (local): missing and overdue; due today: not yet due.
        rows.actionPlan(plan, d, today.minusDays(1), "PENDING", null);
        rows.actionPlan(plan, e, today, "PENDING", null);
        rows.actionPlan(otherPlan, a, due, "PENDING", null);

        var json = api().queryParam("organizationId", district).queryParam("studyPlanId", plan).get(REPORT).then()
                .statusCode(200)
                .body("asOf", equalTo(today.toString()))
                .body("items.organizationId", contains(a, b, c, d, e))
                .body("items.outcome", contains("ON_TIME", "LATE", "ON_TIME", "MISSING", "NOT_DUE"))
                .body("items.overdue", contains(false, false, true, true, false))
                .body("items.status", contains("ACCEPTED", "SUBMITTED", "RETURNED", "PENDING", "PENDING"))
                .body("items[1].firstSubmittedOn", equalTo("2024-05-01"))
                .body("totals", equalTo(Map.of("total", 5, "onTime", 2, "late", 1, "missing", 1, "notDue", 1,
                        "accepted", 1, "returned", 1)))
                .extract().jsonPath();
        // By document: the other plan's PENDING, past due long ago, is missing.
        api().queryParam("organizationId", district).queryParam("resolutionId", other).get(REPORT).then()
                .statusCode(200).body("items.outcome", contains("MISSING")).body("totals.missing", equalTo(1));
        // One grassroots organization's subtree.
        api().queryParam("organizationId", a).get(REPORT).then().statusCode(200)
                .body("totals.total", equalTo(2));

        ReviewCsv.assertSame(List.of("actionPlanId", "studyPlanId", "studyPlanNumber", "resolutionId",
                "resolutionNumber", "organizationId", "organizationName", "status", "dueOn", "firstSubmittedOn",
                "submittedOn", "outcome", "overdue"), json.getList("items"),
                ReviewCsv.read(api(), REPORT, Map.of("organizationId", district, "studyPlanId", plan),
                        "ke-hoach-thuc-hien.csv"));
    }

    @Test
    void badParametersAndAnotherSubtreeAreRefused() {
        String district = Fixtures.district(code("Huyện kế hoạch"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Hợp Tiến");
        String neighbour = Fixtures.grassroots(district, "Đảng bộ xã Hợp Thắng");
        api().get(REPORT).then().statusCode(400).body("errors.field", contains("organizationId"));
        api().queryParam("organizationId", district).queryParam("studyPlanId", "x").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("studyPlanId"));
        api().queryParam("organizationId", district).queryParam("resolutionId", "x").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("resolutionId"));
        String officer = Fixtures.tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).queryParam("organizationId", neighbour).get(REPORT).then().statusCode(403);
        as(officer).queryParam("organizationId", commune).get(REPORT).then().statusCode(200)
                .body("totals.total", equalTo(0));
    }
}
