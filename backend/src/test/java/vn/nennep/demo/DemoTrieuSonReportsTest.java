package vn.nennep.demo;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.demo.DemoAccountsLogin.as;
import static vn.nennep.demo.DemoAccountsLogin.daysAgo;
import static vn.nennep.demo.DemoAccountsLogin.id;
import static vn.nennep.demo.DemoTrieuSonStudiesTest.DISTRICT;
import static vn.nennep.demo.DemoTrieuSonStudiesTest.OFFICE;
import static vn.nennep.demo.DemoTrieuSonStudiesTest.PLAN;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The four reports answer for Triệu Sơn's district with the demo's figures (seed 004's session at 99.8 %, the action
 * plans' outcomes, the inspections' remedies, the yearly review's rows), and its study records are in the district's
 * change feed. The demo's dates are counted back from the day of loading, so a year asked is the year of the fact.
 */
@QuarkusTest
@TestProfile(DemoMeetingsTest.FirstStart.class)
class DemoTrieuSonReportsTest {

    private static final String CONCLUSION = DemoStudies.idOf(DemoStudies.CONCLUSION_NUMBER + ":"
            + DemoStudies.CENTRAL_COMMITTEE).toString();

    @Test
    void studyParticipationShowsTheKeyCadresAt99Point8() {
        String keyCadres = "items.find { it.audience == 'KEY_CADRES' }";
        as(OFFICE).queryParam("organizationId", DISTRICT).queryParam("resolutionId", CONCLUSION)
                .get("/api/v1/reports/study-participation").then().statusCode(200)
                .body(keyCadres + ".organizationId", is(DISTRICT), keyCadres + ".resolutionNumber", is("21-KL/TW"),
                        keyCadres + ".sessionsHeld", is(1), keyCadres + ".expected", is(1703),
                        keyCadres + ".attended", is(1700), keyCadres + ".walkIns", is(0),
                        keyCadres + ".participationRate", is(99.8f))
                .body(keyCadres + ".remarks", is(Map.of("LATE", 2, "INCOMPLETE_ATTENDANCE", 2, "NOT_SERIOUS", 2,
                        "ABSENT_WITHOUT_LEAVE", 0, "PRAISED", 1)))
                .body("items.size()", is(5), "totals.sessionsHeld", is(5), "totals.remarks.LATE", is(2));
    }

    @Test
    void actionPlansAreOnTimeLateMissingAndNotYetDue() {
        String thoDan = "items.find { it.organizationId == '" + id("TS-THODAN") + "' }";
        as(OFFICE).queryParam("organizationId", DISTRICT).queryParam("studyPlanId", PLAN)
                .get("/api/v1/reports/action-plans").then().statusCode(200)
                .body("items.size()", is(58))
                .body("totals", is(Map.of("total", 58, "onTime", 46, "late", 6, "missing", 3, "notDue", 3,
                        "accepted", 43, "returned", 3)))
                .body(thoDan + ".status", is("RETURNED"), thoDan + ".outcome", is("ON_TIME"),
                        thoDan + ".overdue", is(true));
    }

    @Test
    void inspectionsShowTheClosedOneAndTheOverdueRemedies() {
        as(OFFICE).queryParam("organizationId", DISTRICT).queryParam("year", daysAgo(70).getYear())
                .get("/api/v1/reports/inspections").then().statusCode(200)
                .body("closed", is(1), "planned", greaterThanOrEqualTo(1));
        String thoDan = "subjects.find { it.organizationId == '" + id("TS-THODAN") + "' }";
        as(OFFICE).queryParam("organizationId", DISTRICT).queryParam("year", daysAgo(50).getYear())
                .get("/api/v1/reports/inspections").then().statusCode(200)
                .body("remedies.open", is(3), "remedies.overdue", is(2))
                .body(thoDan + ".remediesOpen", is(1), thoDan + ".remediesOverdue", is(1),
                        thoDan + ".findings.SHORTCOMINGS", is(1));
    }

    @Test
    void theYearlyReviewHoldsEachOrganizationsEvidence() {
        int sessionsYear = daysAgo(110).getYear();
        long districtSessions = Stream.of(110, 106, 98).filter(d -> daysAgo(d).getYear() == sessionsYear).count();
        JsonPath sessions = yearly(DISTRICT, sessionsYear);
        assertEquals((int) districtSessions, field(sessions, DISTRICT, "studySessionsHeld"),
                "the Standing Committee's, the propaganda department's and the youth union's, within the year");
        assertEquals(1, field(sessions, id("TS-XUANTHO"), "remarks.LATE"));
        assertEquals(1, field(sessions, id("TS-TTTRIEUSON"), "remarks.PRAISED"));

        JsonPath actionPlans = yearly(DISTRICT, daysAgo(DemoStudies.ACTION_PLANS_DUE_DAYS_AGO).getYear());
        assertEquals(Map.of("onTime", 1, "late", 0, "missing", 0, "notDue", 0),
                field(actionPlans, id("TS-THODAN"), "actionPlans"), "returned, but first sent on time");
        assertEquals(1, field(actionPlans, id("TS-BINHSON"), "actionPlans.missing"));

        JsonPath inspections = yearly(DISTRICT, daysAgo(50).getYear());
        assertEquals(1, field(inspections, id("TS-THODAN"), "remediesOverdue"));
        assertEquals(1, field(inspections, id("TS-THODAN"), "findings.SHORTCOMINGS"));

        List<Map<String, Object>> members = yearly(id("TS-THODAN-01"), sessionsYear).getList("members");
        assertEquals(1, members.stream().mapToInt(m -> (Integer) ((Map<?, ?>) m.get("remarks")).get("NOT_SERIOUS"))
                .sum(), "the member of thôn 1 remarked on after the key cadres' session");
    }

    @Test
    void theStudyRecordsAreInTheDistrictsChangeFeed() {
        Map<String, Integer> created = new TreeMap<>();
        long cursor = 0;
        while (true) {
            JsonPath page = as(OFFICE).queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                break;
            }
            items.stream().filter(i -> "CREATE".equals(i.get("operation")))
                    .forEach(i -> created.merge((String) i.get("resource"), 1, Integer::sum));
            cursor = page.getLong("next");
        }
        assertEquals(Map.of("action-plans", 58, "inspections", 2, "study-plans", 1, "study-remarks", 7,
                "study-sessions", 5), Map.of("action-plans", created.get("action-plans"), "inspections",
                created.get("inspections"), "study-plans", created.get("study-plans"), "study-remarks",
                created.get("study-remarks"), "study-sessions", created.get("study-sessions")));
    }

    private static JsonPath yearly(String organizationId, int year) {
        return as(OFFICE).queryParam("organizationId", organizationId).queryParam("year", year)
                .get("/api/v1/reports/yearly-review").then().statusCode(200).extract().jsonPath();
    }

    /** A field of the organization's row in a yearly review ({@code remarks.LATE}, {@code actionPlans}). */
    private static Object field(JsonPath review, String organizationId, String field) {
        return review.get("organizations.find { it.organizationId == '" + organizationId + "' }." + field);
    }
}
