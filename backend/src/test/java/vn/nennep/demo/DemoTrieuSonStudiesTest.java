package vn.nennep.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.demo.DemoAccountsLogin.as;
import static vn.nennep.demo.DemoAccountsLogin.daysAgo;
import static vn.nennep.demo.DemoAccountsLogin.id;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Triệu Sơn's study of 21-KL/TW as a first start loads it (seed 004), read through the API: the key cadres' session
 * with its 36 bridge points, 1,350 online and 350 in the hall at 99.8 %, the plan's 58 action plans in every state,
 * the two inspections, and demo records sent back unchanged accepted by the server's own checks.
 */
@QuarkusTest
@TestProfile(DemoMeetingsTest.FirstStart.class)
class DemoTrieuSonStudiesTest {

    static final String ADMIN = "quantri";
    static final String OFFICE = "tuyengiao.trieuson";
    static final String PLAN = id("study-plan:86-KH/HU");
    static final String KEY_CADRES = id("study-session:86-KH/HU:can-bo-chu-chot");
    static final String DISTRICT = id(DemoTrieuSon.DISTRICT);

    @Test
    void theKeyCadresSessionHasSeed004sFigures() {
        as(OFFICE).queryParam("studyPlanId", PLAN).queryParam("audience", "KEY_CADRES").get("/api/v1/study-sessions")
                .then().statusCode(200)
                .body("totalItems", is(1), "items[0].id", is(KEY_CADRES), "items[0].format", is("HYBRID"),
                        "items[0].organizerKind", is("STANDING_COMMITTEE"), "items[0].bridgePointCount", is(36),
                        "items[0].onlineExpected", is(1353), "items[0].onlineAttended", is(1350),
                        "items[0].inPersonExpected", is(350), "items[0].inPersonAttended", is(350),
                        "items[0].expectedTotal", is(1703), "items[0].attendedTotal", is(1700),
                        "items[0].walkIns", is(0), "items[0].participationRate", is(99.8f),
                        "items[0].resolutionNumber", is("21-KL/TW"), "items[0].studyPlanNumber", is("86-KH/HU"),
                        "items[0].presenterName", is("Nguyễn Văn Hải, Bí thư Huyện ủy"));
        JsonPath session = as(OFFICE).get("/api/v1/study-sessions/{id}", KEY_CADRES).then().statusCode(200)
                .body("bridgePoints.hostOrganizationId", everyItem(notNullValue()))
                .body("bridgePoints.name", hasItem("Hội trường UBND xã Thọ Dân"))
                .body("bridgePoints.name", hasItem("Hội trường UBND thị trấn Triệu Sơn"))
                .body("bridgePoints.name", hasItem("Hội trường Công an huyện Triệu Sơn"))
                .body("remarkCounts.LATE", is(2), "remarkCounts.INCOMPLETE_ATTENDANCE", is(2),
                        "remarkCounts.NOT_SERIOUS", is(2), "remarkCounts.ABSENT_WITHOUT_LEAVE", is(0),
                        "remarkCounts.PRAISED", is(1))
                .extract().jsonPath();
        assertEquals(36, session.getList("bridgePoints.name").stream().distinct().count(), "36 places");
        assertEquals("Hội trường UBND xã Thọ Dân", session.getString("bridgePoints.find { it.hostOrganizationId == '"
                + id("TS-THODAN") + "' }.name"), "each commune hosts its own point");

        // Five sessions, one per level and two of grassroots committees, one of them on the radio with no rate.
        List<Map<String, Object>> all = as(OFFICE).queryParam("studyPlanId", PLAN).get("/api/v1/study-sessions")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(Map.of("GRASSROOTS_COMMITTEE", 2L, "MASS_ORGANIZATION", 1L, "PROPAGANDA_DEPARTMENT", 1L,
                "STANDING_COMMITTEE", 1L), all.stream().collect(Collectors.groupingBy(
                        s -> (String) s.get("organizerKind"), TreeMap::new, Collectors.counting())));
        Map<String, Object> radio = all.stream().filter(s -> "BROADCAST".equals(s.get("format"))).findFirst()
                .orElseThrow();
        assertEquals(null, radio.get("participationRate"), "a broadcast counts no one");
        assertEquals(id("TS-TTNUA"), radio.get("organizationId"));
    }

    @Test
    void theRemarksNameACommuneOrAMemberWhoseNameOnlyTheOfficeSees() {
        String member = "items.find { it.memberId != null }";
        as(OFFICE).queryParam("size", 50).get("/api/v1/study-sessions/{id}/remarks", KEY_CADRES).then()
                .statusCode(200).body("totalItems", is(7))
                .body("items.kind", hasItem("PRAISED"))
                .body(member + ".organizationId", is(id("TS-THODAN")), member + ".kind", is("NOT_SERIOUS"),
                        member + ".memberName", notNullValue())
                .body("items.find { it.personName != null }.kind", is("LATE"));
        as("kiemtra.trieuson").queryParam("size", 50).get("/api/v1/study-sessions/{id}/remarks", KEY_CADRES).then()
                .statusCode(200).body("totalItems", is(7), member + ".kind", is("NOT_SERIOUS"), member + ".memberName",
                        nullValue(), "items.personName", everyItem(nullValue()));
    }

    @Test
    void theFiftyEightActionPlansAreInEveryStateAndSomeAreOverdue() {
        as(OFFICE).get("/api/v1/study-plans/{id}", PLAN).then().statusCode(200)
                .body("number", is("86-KH/HU"), "resolutionNumber", is("21-KL/TW"), "status", is("IN_PROGRESS"),
                        "sessionCount", is(5), "levels.audience", contains("KEY_CADRES", "REPORTERS_COMMENTATORS",
                                "MASS_ORGANIZATION_MEMBERS", "ALL_MEMBERS"),
                        "presenters[0].fullName", is("Nguyễn Văn Hải"), "presenters[0].position", is("Bí thư Huyện ủy"),
                        "actionPlansDueOn", is(daysAgo(DemoStudies.ACTION_PLANS_DUE_DAYS_AGO).toString()))
                .body("actionPlans.total", is(58), "actionPlans.pending", is(6), "actionPlans.submitted", is(6),
                        "actionPlans.accepted", is(43), "actionPlans.returned", is(3), "actionPlans.overdue", is(6));
        List<Map<String, Object>> plans = as(OFFICE).queryParam("studyPlanId", PLAN).queryParam("size", 200)
                .get("/api/v1/action-plans").then().statusCode(200).body("totalItems", is(58))
                .extract().jsonPath().getList("items");
        Map<String, Long> states = new TreeMap<>();
        for (Map<String, Object> a : plans) {
            String status = (String) a.get("status");
            String state = switch (status) {
                case "PENDING" -> Boolean.TRUE.equals(a.get("overdue")) ? "PENDING overdue" : "PENDING not due";
                case "SUBMITTED" -> Boolean.TRUE.equals(a.get("submittedLate")) ? "SUBMITTED late"
                        : "SUBMITTED on time";
                default -> status;
            };
            states.merge(state, 1L, Long::sum);
        }
        assertEquals(Map.of("ACCEPTED", 43L, "PENDING not due", 3L, "PENDING overdue", 3L, "RETURNED", 3L,
                "SUBMITTED late", 2L, "SUBMITTED on time", 4L), states);
        assertTrue(plans.stream().filter(a -> "RETURNED".equals(a.get("status")))
                .allMatch(a -> DemoStudies.RETURN_REASON.equals(a.get("returnReason"))), "returned with a reason");
        assertEquals(4, plans.stream().filter(a -> "ACCEPTED".equals(a.get("status"))
                && Boolean.TRUE.equals(a.get("submittedLate"))).count(), "a few accepted though late");
        as(OFFICE).queryParam("studyPlanId", PLAN).queryParam("overdue", true).get("/api/v1/action-plans").then()
                .statusCode(200).body("totalItems", is(6));
        as("dangbo.thodan").queryParam("studyPlanId", PLAN).get("/api/v1/action-plans").then().statusCode(200)
                .body("totalItems", is(1), "items[0].status", is("RETURNED"),
                        "items[0].allowedTransitions", contains("SUBMITTED"));
    }

    @Test
    void oneInspectionIsClosedAndTheOtherHasOverdueRemedies() {
        as(OFFICE).queryParam("organizationId", DISTRICT).queryParam("sort", "plannedFrom,asc")
                .get("/api/v1/inspections").then().statusCode(200)
                .body("totalItems", is(2), "items.status", contains("CLOSED", "CONCLUDED"),
                        "items.planNumber", contains("412-QĐ/HU", "436-QĐ/HU"),
                        "items[0].conclusion.number", is("58-KL/HU"), "items[0].openRemedies", is(0),
                        "items[0].remedies.status", contains("DONE", "DONE", "WAIVED"),
                        "items[0].remedies[2].waivedReason", notNullValue(),
                        "items[0].closedOn", is(daysAgo(20).toString()),
                        "items[1].conclusion.number", is("61-KL/HU"), "items[1].openRemedies", is(3),
                        "items[1].overdueRemedies", is(2));
        as("kiemtra.trieuson").queryParam("overdueRemedies", true).get("/api/v1/inspections").then()
                .statusCode(200).body("totalItems", is(1), "items[0].planNumber", is("436-QĐ/HU"),
                        "items[0].subjectNames", hasItem("Đảng bộ xã Thọ Dân"),
                        "items[0].team.find { it.role == 'HEAD' }.fullName", is("Hoàng Văn Tuấn"));
    }

    /** The server's own checks accept the demo's records sent back as they are (If-Match, PUT). */
    @Test
    void demoRecordsSentBackUnchangedAreAccepted() {
        Map<String, Object> session = new HashMap<>(as(OFFICE).get("/api/v1/study-sessions/{id}", KEY_CADRES)
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        List.of("id", "version", "createdAt", "updatedAt", "studyPlanNumber", "resolutionId", "resolutionNumber",
                "bridgePointCount", "onlineExpected", "onlineAttended", "expectedTotal", "attendedTotal", "walkIns",
                "participationRate", "remarkCounts").forEach(session::remove);
        as(OFFICE).header("If-Match", "\"0\"").body(session).put("/api/v1/study-sessions/{id}", KEY_CADRES).then()
                .statusCode(200).body("participationRate", is(99.8f), "attendedTotal", is(1700));

        for (String who : List.of("it.memberId != null", "it.personName != null")) {
            Map<String, Object> remark = as(OFFICE).queryParam("size", 50)
                    .get("/api/v1/study-sessions/{id}/remarks", KEY_CADRES).then().statusCode(200).extract()
                    .jsonPath().getMap("items.find { " + who + " }");
            Map<String, Object> body = new HashMap<>();
            List.of("organizationId", "memberId", "personName", "kind", "text")
                    .forEach(k -> body.put(k, remark.get(k)));
            as(OFFICE).header("If-Match", "\"0\"").body(body)
                    .put("/api/v1/study-sessions/{id}/remarks/{remarkId}", KEY_CADRES, remark.get("id")).then()
                    .statusCode(200).body("memberName", is(remark.get("memberName")));
        }

        String concluded = id("inspection:436-QĐ/HU");
        Map<String, Object> inspection = new HashMap<>(as(OFFICE).get("/api/v1/inspections/{id}", concluded)
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        List.of("id", "version", "createdAt", "updatedAt", "subjectNames", "status", "allowedTransitions",
                "closedOn", "openRemedies", "overdueRemedies").forEach(inspection::remove);
        as(OFFICE).header("If-Match", "\"0\"").body(inspection).put("/api/v1/inspections/{id}", concluded).then()
                .statusCode(200).body("overdueRemedies", is(2), "status", is("CONCLUDED"));

        Map<String, Object> plan = new HashMap<>(as(OFFICE).get("/api/v1/study-plans/{id}", PLAN).then()
                .statusCode(200).extract().jsonPath().getMap("$"));
        List.of("id", "version", "createdAt", "updatedAt", "resolutionNumber", "resolutionTitle", "status",
                "allowedTransitions", "sessionCount", "actionPlans").forEach(plan::remove);
        as(OFFICE).header("If-Match", "\"0\"").body(plan).put("/api/v1/study-plans/{id}", PLAN).then()
                .statusCode(200).body("actionPlans.total", is(58));
        as(OFFICE).get("/api/v1/study-plans/{id}/history", PLAN).then().statusCode(200)
                .body("items.operation", hasItem("CREATE"));
    }
}
