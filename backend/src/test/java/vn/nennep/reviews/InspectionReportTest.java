package vn.nennep.reviews;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.reviews.ReviewFixtures.array;
import static vn.nennep.reviews.ReviewFixtures.finding;
import static vn.nennep.reviews.ReviewFixtures.remedy;
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
 * The inspection report of a year: planned against held (started) and how far they went, findings by area and
 * rating, remedies open and overdue (reckoned on today, Asia/Ho_Chi_Minh), per subject; and as a commune sees it,
 * the district's inspections of it included and those of its neighbours not.
 */
@QuarkusTest
class InspectionReportTest {

    private static final String REPORT = "/api/v1/reports/inspections";

    @Inject
    EntityManager em;

    @Test
    void theYearsInspectionsFindingsAndRemedies() {
        ReviewFixtures rows = new ReviewFixtures(em);
        LocalDate today = LocalDate.now(Time.LOCAL);
        String district = Fixtures.district(code("Huyện kiểm tra"));
        String a = Fixtures.grassroots(district, "Đảng bộ xã A Kiểm tra");
        String b = Fixtures.grassroots(district, "Đảng bộ xã B Giám sát");
        String branch = Fixtures.branch(a, "Chi bộ thôn A1");
        LocalDate may = LocalDate.of(2024, 5, 6);
        // Closed: A's documents good, its action plan with shortcomings, a remedy done and one waived.
        rows.inspection(district, List.of(a), may, "CLOSED", may, array(finding("DOCUMENTS_ISSUED", a, "GOOD"),
                finding("ACTION_PLAN", a, "SHORTCOMINGS")), array(remedy(a, may.plusDays(30), "DONE"),
                remedy(a, may.plusDays(30), "WAIVED")));
        // Concluded about A and B: B's action plan with shortcomings, B's target results violations; B has one remedy
        // overdue (due yesterday, still open) and one open not yet due (due today).
        rows.inspection(district, List.of(a, b), may.plusMonths(1), "CONCLUDED", may.plusMonths(1),
                array(finding("ACTION_PLAN", b, "SHORTCOMINGS"), finding("TARGET_RESULTS", b, "VIOLATIONS")),
                array(remedy(b, today.minusDays(1), "OPEN"), remedy(b, today, "OPEN")));
        // In progress; cancelled after it started (held); cancelled before (not held); planned only.
        rows.inspection(district, List.of(b), may.plusMonths(2), "IN_PROGRESS", may.plusMonths(2), "[]", "[]");
        rows.inspection(district, List.of(b), may.plusMonths(3), "CANCELLED", may.plusMonths(3), "[]", "[]");
        rows.inspection(district, List.of(b), may.plusMonths(3), "CANCELLED", null, "[]", "[]");
        // A's own inspection of its branch; one of another year.
        rows.inspection(a, List.of(branch), may.plusMonths(4), "PLANNED", null, "[]", "[]");
        rows.inspection(district, List.of(a), LocalDate.of(2023, 12, 31), "PLANNED", null, "[]", "[]");

        var json = api().queryParam("organizationId", district).queryParam("year", 2024).get(REPORT).then()
                .statusCode(200)
                .body("year", equalTo(2024))
                .body("asOf", equalTo(today.toString()))
                .body("planned", equalTo(6))
                .body("held", equalTo(4))
                .body("concluded", equalTo(2))
                .body("closed", equalTo(1))
                .body("cancelled", equalTo(2))
                .body("findings.area", contains("DOCUMENTS_ISSUED", "ACTION_PLAN", "TARGET_RESULTS"))
                .body("findings.rating", contains("GOOD", "SHORTCOMINGS", "VIOLATIONS"))
                .body("findings.count", contains(1, 2, 1))
                .body("remedies", equalTo(Map.of("total", 4, "open", 2, "overdue", 1, "done", 1, "waived", 1)))
                .body("subjects.organizationId", contains(branch, a, b))
                .body("subjects.inspections", contains(1, 2, 4))
                .body("subjects[1].findings", equalTo(Map.of("GOOD", 1, "SATISFACTORY", 0, "SHORTCOMINGS", 1,
                        "VIOLATIONS", 0)))
                .body("subjects[2].remediesOpen", equalTo(2))
                .body("subjects[2].remediesOverdue", equalTo(1))
                .extract().jsonPath();
        // As commune A sees it: the district's two inspections of A and its own of the branch; B's findings left out.
        api().queryParam("organizationId", a).queryParam("year", 2024).get(REPORT).then().statusCode(200)
                .body("planned", equalTo(3))
                .body("held", equalTo(2))
                .body("findings.count", contains(1, 1))
                .body("remedies.total", equalTo(2))
                .body("subjects.organizationId", contains(branch, a));
        api().queryParam("organizationId", district).queryParam("year", 2023).get(REPORT).then().statusCode(200)
                .body("planned", equalTo(1));

        ReviewCsv.assertSame(List.of("organizationId", "organizationName", "inspections", "findings", "remediesOpen",
                "remediesOverdue"), json.getList("subjects"), ReviewCsv.read(api(), REPORT,
                Map.of("organizationId", district, "year", 2024), "kiem-tra-giam-sat-2024.csv"));
    }

    @Test
    void badParametersAndAnotherSubtreeAreRefused() {
        String district = Fixtures.district(code("Huyện kiểm tra"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Hợp Nhất");
        api().queryParam("organizationId", district).queryParam("year", "năm nay").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("year"));
        api().queryParam("organizationId", district).queryParam("year", 1999).get(REPORT).then()
                .statusCode(400).body("errors.field", contains("year"));
        api().queryParam("year", 2024).get(REPORT).then().statusCode(400)
                .body("errors.field", contains("organizationId"));
        as(Fixtures.tokenFor("INSPECTOR", commune)).queryParam("organizationId", district).get(REPORT).then()
                .statusCode(403);
        api().queryParam("organizationId", commune).get(REPORT).then().statusCode(200)
                .body("year", equalTo(LocalDate.now(Time.LOCAL).getYear()));
    }
}
