package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.database.LocalPostgres;
import vn.nennep.support.Fixtures;
import vn.nennep.support.TestDatabase;

/** Study plans and action plans brought in by POST /imports, and their writes in the change feed. */
@QuarkusTest
class StudyImportAndFeedTest {

    private static final String IMPORTS = "/api/v1/imports/";

    /** A district with two communes, each with the client's external id, and a document of the district. */
    private record World(String district, String districtKey, String communeA, String communeAKey, String communeB,
            String communeBKey, String resolution, String resolutionKey) {

        static World create(String name) {
            String districtKey = Fixtures.code("HUYEN");
            String district = Fixtures.organization(Map.of("code", Fixtures.code("HU"), "name", name,
                    "type", "DISTRICT", "externalId", districtKey), null);
            String aKey = Fixtures.code("XA");
            String a = Fixtures.organization(Map.of("code", Fixtures.code("XA"), "name", name + " xã A",
                    "type", "GRASSROOTS", "externalId", aKey), district);
            String bKey = Fixtures.code("XA");
            String b = Fixtures.organization(Map.of("code", Fixtures.code("XA"), "name", name + " xã B",
                    "type", "GRASSROOTS", "externalId", bKey), district);
            String resolutionKey = Fixtures.code("NQ");
            Map<String, Object> body = Fixtures.resolutionBody(district, Fixtures.documentNumber("NQ", "HU"));
            body.put("externalId", resolutionKey);
            String resolution = api().body(body).post("/api/v1/resolutions").then().statusCode(201).extract()
                    .path("id");
            return new World(district, districtKey, a, aKey, b, bKey, resolution, resolutionKey);
        }
    }

    @Test
    void aPlanImportedAsJsonAsksForItsActionPlansAndTheirLegacyStatusIsTakenOver() {
        World w = World.create("Huyện nhập kế hoạch");
        String planKey = Fixtures.code("KHHT");
        Map<String, Object> row = new HashMap<>(StudyFixtures.planBody(null, null, StudyFixtures.planNumber("HU")));
        row.remove("organizationId");
        row.remove("resolutionId");
        row.putAll(Map.of("externalId", planKey, "organizationExternalId", w.districtKey(),
                "resolutionExternalId", w.resolutionKey()));
        api().body(List.of(row)).post(IMPORTS + "study-plans").then().statusCode(200)
                .body("created", is(1), "failed", is(0));
        api().body(List.of(row)).post(IMPORTS + "study-plans").then().statusCode(200)
                .body("unchanged", is(1), "created", is(0), "updated", is(0));
        String plan = api().queryParam("externalId", planKey).get("/api/v1/study-plans").then().statusCode(200)
                .body("items[0].actionPlans.total", is(2)).extract().path("items[0].id");

        String acceptedKey = Fixtures.code("KHHD");
        Map<String, Object> accepted = Map.of("externalId", acceptedKey, "studyPlanExternalId", planKey,
                "organizationExternalId", w.communeAKey(), "status", "ACCEPTED", "documentNumber", "12-KH/ĐU",
                "submittedOn", "2024-05-20", "firstSubmittedOn", "2024-05-10", "reviewedOn", "2024-05-25");
        Map<String, Object> returned = Map.of("externalId", Fixtures.code("KHHD"), "studyPlanExternalId", planKey,
                "organizationExternalId", w.communeBKey(), "status", "RETURNED", "documentNumber", "8-KH/ĐU",
                "submittedOn", "2024-05-02");
        api().body(List.of(accepted, returned)).post(IMPORTS + "action-plans").then().statusCode(200)
                .body("created", is(1), "failed", is(1), "errors[0].row", is(2),
                        "errors[0].field", equalTo("returnReason"));
        api().queryParam("studyPlanId", plan).queryParam("status", "ACCEPTED").get("/api/v1/action-plans").then()
                .body("items.organizationId", contains(w.communeA()), "items[0].externalId", equalTo(acceptedKey),
                        "items[0].firstSubmittedOn", equalTo("2024-05-10"), "items[0].submittedLate", is(false));
        api().body(List.of(accepted)).post(IMPORTS + "action-plans").then().statusCode(200)
                .body("unchanged", is(1));
        api().get("/api/v1/study-plans/{id}", plan).then().body("actionPlans.total", is(2),
                "actionPlans.accepted", is(1), "actionPlans.pending", is(1));
    }

    @Test
    void theTemplatesImportCleanlyWithListsAsJsonTextInCsv() {
        World w = World.create("Huyện mẫu nhập kế hoạch");
        String planKey = Fixtures.code("KHHT");
        String planCsv = csv("study-plans").replace("MAU-KHHT-0001", planKey).replace("MAU-DU-01", w.communeAKey())
                .replace("MAU-NQ-01", w.resolutionKey());
        api().contentType("text/csv; charset=UTF-8").body(planCsv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS + "study-plans").then().statusCode(200).body("created", is(1), "failed", is(0));
        api().queryParam("externalId", planKey).get("/api/v1/study-plans").then()
                .body("items[0].levels[0].audience", equalTo("ALL_MEMBERS"),
                        "items[0].presenters[0].position", equalTo("Bí thư Đảng ủy"),
                        "items[0].actionPlans.total", is(1));
        String actionCsv = csv("action-plans").replace("MAU-KHHD-0001", Fixtures.code("KHHD"))
                .replace("MAU-KHHT-0001", planKey).replace("MAU-DU-01", w.communeAKey());
        api().contentType("text/csv; charset=UTF-8").body(actionCsv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS + "action-plans").then().statusCode(200).body("created", is(1), "failed", is(0));
        String broken = planCsv.replace(planKey, Fixtures.code("KHHT")).replace("[{", "[{{");
        api().contentType("text/csv; charset=UTF-8").body(broken.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", true).post(IMPORTS + "study-plans").then().statusCode(200)
                .body("failed", is(1), "errors[0].field", equalTo("levels"));
    }

    /** The resource's CSV template without its byte order mark. */
    private static String csv(String resource) {
        byte[] file = api().accept("text/csv").get(IMPORTS + "{resource}/template", resource).then().statusCode(200)
                .extract().asByteArray();
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Mã ngoài,"), text);
        return text;
    }

    @Test
    void issuingSubmittingAndDeletingAreInTheChangeFeedOfTheDistrict() {
        World w = World.create("Huyện dòng thay đổi kế hoạch");
        String office = tokenFor("DISTRICT_OFFICE", w.district());
        long after = head();
        String plan = StudyFixtures.districtPlan(w.district(), w.resolution());
        String actionPlan = StudyFixtures.actionPlanOf(plan, w.communeA());
        String other = StudyFixtures.actionPlanOf(plan, w.communeB());
        api().body(StudyFixtures.submission("2024-04-02")).post("/api/v1/action-plans/{id}/status", actionPlan)
                .then().statusCode(200);
        api().delete("/api/v1/action-plans/{id}", other).then().statusCode(204);
        List<String> seen = new ArrayList<>();
        long cursor = after;
        while (true) {
            Map<String, Object> page = as(office).queryParam("after", cursor).queryParam("limit", 1000)
                    .get("/api/v1/changes").then().statusCode(200).extract().path("$");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(i -> seen.add(i.get("resource") + " " + i.get("operation") + " " + i.get("id")));
            cursor = ((Number) page.get("next")).longValue();
        }
        assertEquals(List.of("study-plans CREATE " + plan), seen.stream().filter(s -> s.contains(plan)).toList());
        assertEquals(List.of("action-plans CREATE " + actionPlan, "action-plans UPDATE " + actionPlan),
                seen.stream().filter(s -> s.contains(actionPlan)).toList());
        assertEquals(List.of("action-plans CREATE " + other, "action-plans DELETE " + other),
                seen.stream().filter(s -> s.contains(other)).toList());
    }

    /** The feed's end now (one read first, so that what has committed is numbered). */
    private static long head() {
        api().queryParam("limit", 1).get("/api/v1/changes").then().statusCode(200);
        try (Connection c = DriverManager.getConnection(LocalPostgres.jdbcUrl(TestDatabase.NAME), LocalPostgres.USER,
                ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM change_outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
