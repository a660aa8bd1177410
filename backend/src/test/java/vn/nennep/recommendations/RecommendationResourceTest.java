package vn.nennep.recommendations;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/** Raising recommendations, who sees them, overdue at the boundary day, and the list as CSV. */
@QuarkusTest
class RecommendationResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String RECS = "/api/v1/recommendations";

    @Test
    void aRecommendationIsRaisedWithTheFieldsDefaultDueDate() {
        World w = new World();
        Map<String, Object> body = Fixtures.recommendationBody(w.briefing, w.branch, w.department);
        as(w.secretary()).body(body).post(RECS).then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString(RECS + "/"))
                .body("status", equalTo("RAISED"), "field", equalTo("AGRICULTURE"), "zoneId", equalTo(w.zone),
                        "raisedOn", equalTo(World.LAST_MONTH.toString()),
                        "dueOn", equalTo(World.LAST_MONTH.plusDays(30).toString()), "entryCount", equalTo(1),
                        "title", equalTo("Nạo vét kênh tưới tiêu"));
        body.put("field", "LAND_MANAGEMENT");
        body.put("externalId", Fixtures.code("kn"));
        as(w.secretary()).body(body).post(RECS).then().statusCode(201)
                .body("dueOn", equalTo(World.LAST_MONTH.plusDays(60).toString()));
        as(w.secretary()).body(body).post(RECS).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"));
        api().get("/api/v1/recommendation-fields").then().statusCode(200).body("items", hasSize(8),
                "items[3].code", equalTo("LAND_MANAGEMENT"), "items[3].defaultDueDays", equalTo(60),
                "items[0].name", equalTo("Sản xuất nông nghiệp"));
    }

    @Test
    void whatIsRaisedIsChecked() {
        World w = new World();
        String outsider = Fixtures.grassroots(w.district, "Đảng bộ xã ngoài khu");
        String elsewhere = Fixtures.create("DEPARTMENT", "Phòng huyện khác", Fixtures.district("Huyện khác"));
        invalid(w, Map.of("dueOn", World.LAST_MONTH.minusDays(1).toString()), "dueOn");
        invalid(w, Map.of("raisedById", outsider), "raisedById");
        invalid(w, Map.of("addresseeId", w.branch), "addresseeId");
        invalid(w, Map.of("addresseeId", elsewhere), "addresseeId");
        invalid(w, Map.of("addresseeId", UUID.randomUUID().toString()), "addresseeId");
        invalid(w, Map.of("briefingId", UUID.randomUUID().toString()), "briefingId");
        invalid(w, Map.of("title", " "), "title");
        LocalDate next = LocalDate.now(Time.LOCAL).plusMonths(1).withDayOfMonth(7);
        invalid(w, Map.of("briefingId", Fixtures.briefing(w.zone, w.commune, next.toString())), "briefingId");
        Map<String, Object> body = Fixtures.recommendationBody(w.briefing, w.branch, w.department);
        body.put("field", "FISHING");
        api().body(body).post(RECS).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("field"),
                "errors[0].message", containsString("LAND_MANAGEMENT"));
        api().body("{\"title\": ").post(RECS).then().statusCode(400).contentType(PROBLEM);
        api().body(Map.of("title", "Thiếu hết")).post(RECS).then().statusCode(422)
                .body("errors.field", contains("addresseeId", "briefingId", "content", "field", "raisedById"));
        api().queryParam("overdue", "có").get(RECS).then().statusCode(400).body("errors[0].field", equalTo("overdue"));
        api().queryParam("sort", "raisedBy,asc").get(RECS).then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void branchesAndCommunesRaiseForThemselvesAndTheOfficeForAnyone() {
        World w = new World();
        Map<String, Object> ofBranch = Fixtures.recommendationBody(w.briefing, w.branch, w.department);
        as(w.otherSecretary()).body(ofBranch).post(RECS).then().statusCode(403).contentType(PROBLEM);
        as(w.communeOfficer()).body(ofBranch).post(RECS).then().statusCode(403);
        as(w.responder()).body(ofBranch).post(RECS).then().statusCode(403);
        as(w.inspector()).body(ofBranch).post(RECS).then().statusCode(403);
        as(w.office()).body(ofBranch).post(RECS).then().statusCode(201);
        as(w.communeOfficer()).body(Fixtures.recommendationBody(w.briefing, w.commune, w.department)).post(RECS)
                .then().statusCode(201).body("raisedById", equalTo(w.commune));
    }

    @Test
    void eachSideSeesWhatItRaisedOrWhatIsAddressedToIt() {
        World w = new World();
        String toDepartment = w.toDepartment();
        String toCommune = w.toCommune();
        String ofOtherBranch = w.raise(w.otherSecretary(), w.otherBranch, w.commune);
        String ofOtherToDepartment = w.raise(w.otherSecretary(), w.otherBranch, w.department);
        visible(w.responder(), w, toDepartment, ofOtherToDepartment);
        visible(w.secretary(), w, toDepartment, toCommune);
        visible(w.communeOfficer(), w, toDepartment, toCommune, ofOtherBranch);
        visible(w.otherCommuneOfficer(), w, ofOtherBranch, ofOtherToDepartment);
        visible(w.inspector(), w, toDepartment, toCommune, ofOtherBranch, ofOtherToDepartment);
        as(w.responder()).get(RECS + "/{id}", toCommune).then().statusCode(403).contentType(PROBLEM);
        // The department may not read the branch's record, but sees who raised what it must answer.
        String branchName = api().get("/api/v1/organizations/{id}", w.branch).then().extract().path("name");
        as(w.responder()).get("/api/v1/organizations/{id}", w.branch).then().statusCode(403);
        String departmentName = api().get("/api/v1/organizations/{id}", w.department).then().extract().path("name");
        as(w.responder()).get(RECS + "/{id}", toDepartment).then().statusCode(200)
                .body("raisedByName", equalTo(branchName), "addresseeName", equalTo(departmentName));
        as(w.responder()).get(RECS).then().statusCode(200)
                .body("items.find { it.id == '" + toDepartment + "' }.raisedByName", equalTo(branchName));
        as(w.otherSecretary()).get(RECS + "/{id}/entries", toDepartment).then().statusCode(403);
        as(w.otherCommuneOfficer()).get(RECS + "/{id}/history", toDepartment).then().statusCode(403);
        api().get(RECS + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        api().queryParam("withinId", w.otherCommune).queryParam("zoneId", w.zone).get(RECS).then()
                .body("items.id", containsInAnyOrder(ofOtherBranch, ofOtherToDepartment));
        api().queryParam("q", "nao vet kenh").queryParam("briefingId", w.briefing).get(RECS).then()
                .body("totalItems", equalTo(4));
    }

    @Test
    void overdueStartsTheDayAfterTheDueDate() {
        World w = new World();
        LocalDate today = LocalDate.now(Time.LOCAL);
        String dueToday = raise(w, today);
        String dueYesterday = raise(w, today.minusDays(1));
        api().get(RECS + "/{id}", dueToday).then().body("overdue", equalTo(false));
        api().get(RECS + "/{id}", dueYesterday).then().body("overdue", equalTo(true));
        api().queryParam("overdue", true).queryParam("addresseeId", w.department).get(RECS).then()
                .statusCode(200).body("items.id", contains(dueYesterday));
        api().queryParam("overdue", false).queryParam("addresseeId", w.department).get(RECS).then()
                .body("items.id", contains(dueToday));
        // Answered late: no longer overdue. Sent back for a re-answer: overdue again.
        Fixtures.step(dueYesterday, "forward", Map.of());
        api().get(RECS + "/{id}", dueYesterday).then().body("overdue", equalTo(true));
        Fixtures.step(dueYesterday, "answers", Map.of("body", "Trả lời muộn", "documentNumber", "70/PNN"));
        api().get(RECS + "/{id}", dueYesterday).then().body("overdue", equalTo(false));
        api().queryParam("overdue", true).queryParam("addresseeId", w.department).get(RECS).then()
                .body("items", hasSize(0));
        Fixtures.step(dueYesterday, "reviews", Map.of("verdict", "REANSWER_REQUIRED", "reason", "Chưa đầy đủ"));
        as(w.responder()).queryParam("overdue", true).get(RECS).then().body("items.id", contains(dueYesterday),
                "items[0].status", equalTo("REANSWER_REQUESTED"));
    }

    @Test
    void theListComesAsCsvForExcel() {
        World w = new World();
        String first = w.toDepartment();
        String second = w.toCommune();
        Response csv = as(w.office()).accept("text/csv").queryParam("briefingId", w.briefing)
                .queryParam("sort", "createdAt,asc").queryParam("size", 1).get(RECS);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("kien-nghi.csv"));
        byte[] bytes = csv.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), "a header and every row, whatever the page size: " + lines);
        assertTrue(lines.get(0).startsWith(
                "id,externalId,briefingId,zoneId,raisedById,raisedByName,addresseeId,addresseeName,field,title"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith(first + ",,") && lines.get(1).contains("Nạo vét kênh tưới tiêu"), lines.get(1));
        assertTrue(lines.get(1).contains("\"Kênh tưới bị bồi lắng, lúa vụ xuân thiếu nước; đề nghị hỗ trợ kinh phí"
                + " nạo vét.\""), "quoted because of its comma: " + lines.get(1));
        assertTrue(lines.get(2).startsWith(second) && lines.get(2).contains(",FORWARDED; RESOLVED,"), lines.get(2));
        as(w.responder()).accept("text/csv").queryParam("briefingId", w.briefing).get(RECS).then().statusCode(200)
                .body(containsString(first), org.hamcrest.Matchers.not(containsString(second)));
        api().accept("text/csv").queryParam("field", "FISHING").get(RECS).then().statusCode(400)
                .contentType(PROBLEM);
        api().queryParam("briefingId", w.briefing).get(RECS).then().statusCode(200).contentType(startsWith(
                "application/json")).body("totalItems", equalTo(2));
    }

    private static String raise(World w, LocalDate dueOn) {
        Map<String, Object> body = Fixtures.recommendationBody(w.briefing, w.branch, w.department);
        body.put("dueOn", dueOn.toString());
        return api().body(body).post(RECS).then().statusCode(201).extract().path("id");
    }

    private static void invalid(World w, Map<String, Object> change, String field) {
        Map<String, Object> body = Fixtures.recommendationBody(w.briefing, w.branch, w.department);
        body.putAll(change);
        api().body(body).post(RECS).then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo(field));
    }

    private static void visible(String token, World w, String... ids) {
        as(token).queryParam("zoneId", w.zone).get(RECS).then().statusCode(200).body("items.id", containsInAnyOrder(ids));
        for (String id : ids) {
            as(token).get(RECS + "/{id}", id).then().statusCode(200);
        }
    }
}
