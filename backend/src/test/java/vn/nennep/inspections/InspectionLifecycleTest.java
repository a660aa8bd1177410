package vn.nennep.inspections;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.inspections.InspectionFixtures.BASE;
import static vn.nennep.inspections.InspectionFixtures.ONE;
import static vn.nennep.inspections.InspectionFixtures.body;
import static vn.nennep.inspections.InspectionFixtures.conclusion;
import static vn.nennep.inspections.InspectionFixtures.finding;
import static vn.nennep.inspections.InspectionFixtures.remedy;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;

/** PLANNED → IN_PROGRESS → CONCLUDED → CLOSED, CANCELLED, and what each move needs. */
@QuarkusTest
class InspectionLifecycleTest {

    private static final String STATUS = ONE + "/status";
    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse move(String id, Object body) {
        return api().body(body).post(STATUS, id).then();
    }

    private static ValidatableResponse put(String id, Map<String, Object> body) {
        String etag = api().get(ONE, id).then().statusCode(200).extract().header("ETag");
        return api().header("If-Match", etag).body(body).put(ONE, id).then();
    }

    @Test
    void anInspectionIsConcludedWithFindingsAndClosedOnceEveryRemedyIsDoneOrWaived() {
        String district = district("Huyện vòng đời kiểm tra");
        String commune = grassroots(district, "Xã vòng đời kiểm tra");
        Map<String, Object> body = body(district, commune);
        String id = api().body(body).post(BASE).then().statusCode(201).extract().path("id");

        move(id, Map.of("status", "CLOSED")).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("IN_PROGRESS, CANCELLED"), "errors[0].field", equalTo("status"));
        move(id, Map.of("status", "IN_PROGRESS", "on", "2024-05-06")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"), "startedOn", equalTo("2024-05-06"),
                        "allowedTransitions", contains("CANCELLED"));
        // Concluding needs the conclusion's three parts and a finding: 422 naming each, nothing changed.
        move(id, Map.of("status", "CONCLUDED")).statusCode(422).contentType(PROBLEM).body("errors.field",
                contains("conclusion.number", "conclusion.issuedOn", "conclusion.text", "findings"));
        api().get(ONE, id).then().body("status", equalTo("IN_PROGRESS"), "version", is(1));

        body.put("findings", List.of(finding(commune, "SHORTCOMINGS"), finding(commune, "GOOD")));
        body.put("conclusion", conclusion("HU"));
        body.put("remedies", List.of(remedy(commune, "2024-06-30", "OPEN"), remedy(commune, "2024-06-30", "DONE"),
                remedy(commune, "2024-07-31", "OPEN")));
        put(id, body).statusCode(200).body("allowedTransitions", contains("CONCLUDED", "CANCELLED"),
                "startedOn", equalTo("2024-05-06"));
        move(id, Map.of("status", "CONCLUDED", "on", "2024-05-16")).statusCode(200)
                .body("status", equalTo("CONCLUDED"), "endedOn", equalTo("2024-05-16"), "openRemedies", is(2),
                        "allowedTransitions", hasSize(0));
        // A concluded inspection keeps its conclusion and a finding.
        Map<String, Object> noFindings = new java.util.HashMap<>(body);
        noFindings.put("findings", List.of());
        put(id, noFindings).statusCode(422).body("errors.field", contains("findings"));
        // Closing with open remedies: 409 naming each one.
        move(id, Map.of("status", "CLOSED")).statusCode(409).contentType(PROBLEM)
                .body("errors.field", contains("remedies[0].status", "remedies[2].status"));
        body.put("remedies", List.of(remedy(commune, "2024-06-30", "DONE"), remedy(commune, "2024-06-30", "DONE"),
                remedy(commune, "2024-07-31", "WAIVED")));
        put(id, body).statusCode(200).body("openRemedies", is(0), "allowedTransitions", contains("CLOSED"));
        move(id, Map.of("status", "CLOSED", "on", "2024-08-01")).statusCode(200)
                .body("status", equalTo("CLOSED"), "closedOn", equalTo("2024-08-01"), "allowedTransitions", hasSize(0));
        // A closed inspection is no longer edited, moved or deleted.
        body.put("title", "Đổi tên sau khi kết thúc");
        put(id, body).statusCode(409).contentType(PROBLEM);
        move(id, Map.of("status", "CANCELLED")).statusCode(409).body("errors[0].field", equalTo("status"));
        api().delete(ONE, id).then().statusCode(409);
    }

    @Test
    void aPlannedInspectionIsCancelledAndDeletedButAStartedOneIsKept() {
        String district = district("Huyện hủy kiểm tra");
        String commune = grassroots(district, "Xã hủy kiểm tra");
        String cancelled = InspectionFixtures.inspection(district, commune);
        move(cancelled, Map.of("status", "CANCELLED")).statusCode(200).body("allowedTransitions", hasSize(0));
        move(cancelled, Map.of("status", "IN_PROGRESS")).statusCode(409)
                .body("detail", containsString("CANCELLED"));
        api().delete(ONE, cancelled).then().statusCode(204);
        api().get(ONE, cancelled).then().statusCode(404);
        String started = InspectionFixtures.inspection(district, commune);
        LocalDate today = LocalDate.now(Time.LOCAL);
        move(started, Map.of("status", "IN_PROGRESS")).statusCode(200).body("startedOn", equalTo(today.toString()));
        api().delete(ONE, started).then().statusCode(409).contentType(PROBLEM);
        String planned = InspectionFixtures.inspection(district, commune);
        move(planned, Map.of("status", "IN_PROGRESS", "on", today.plusDays(1).toString())).statusCode(422)
                .body("errors.field", contains("on"));
        api().header("If-Match", "\"5\"").body(Map.of("status", "IN_PROGRESS")).post(STATUS, planned).then()
                .statusCode(412);
        api().get(ONE, planned).then().body("status", equalTo("PLANNED"), "startedOn", nullValue());
    }

    @Test
    void aRemedyIsOverdueFromTheDayAfterItsDueDateInVietnam() {
        String district = district("Huyện quá hạn khắc phục");
        String commune = grassroots(district, "Xã quá hạn khắc phục");
        LocalDate today = LocalDate.now(Time.LOCAL);
        Map<String, Object> body = body(district, commune);
        body.put("conclusion", Map.of("number", vn.nennep.support.Fixtures.documentNumber("KL", "HU"),
                "issuedOn", today.minusDays(10).toString(), "text", "Kết luận kiểm tra"));
        body.put("findings", List.of(finding(commune, "SHORTCOMINGS")));
        body.put("remedies", List.of(remedy(commune, today.toString(), "OPEN")));
        String dueToday = api().body(body).post(BASE).then().statusCode(201)
                .body("openRemedies", is(1), "overdueRemedies", is(0)).extract().path("id");
        body = body(district, commune);
        body.put("conclusion", Map.of("number", vn.nennep.support.Fixtures.documentNumber("KL", "HU"),
                "issuedOn", today.minusDays(10).toString(), "text", "Kết luận kiểm tra"));
        body.put("findings", List.of(finding(commune, "SHORTCOMINGS")));
        body.put("remedies", List.of(remedy(commune, today.minusDays(1).toString(), "OPEN"),
                remedy(commune, today.minusDays(2).toString(), "DONE")));
        String dueYesterday = api().body(body).post(BASE).then().statusCode(201)
                .body("openRemedies", is(1), "overdueRemedies", is(1)).extract().path("id");
        api().queryParam("organizationId", district).queryParam("overdueRemedies", "true").get(BASE).then()
                .statusCode(200).body("items.id", contains(dueYesterday));
        api().queryParam("organizationId", district).queryParam("overdueRemedies", "false").get(BASE).then()
                .body("items.id", contains(dueToday));
    }
}
