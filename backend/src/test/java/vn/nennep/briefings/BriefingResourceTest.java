package vn.nennep.briefings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Monthly zone briefings: recording them by the rules, who may, and their history. */
@QuarkusTest
class BriefingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BRIEFINGS = "/api/v1/briefings";

    private String district;
    private String commune;
    private String outside;
    private String zone;

    /** A district of the test's own: a zone of one commune, and a commune outside it. */
    @BeforeEach
    void district() {
        district = Fixtures.district(code("Huyện Gia Lộc"));
        commune = Fixtures.grassroots(district, "Đảng bộ xã Gia Tân");
        outside = Fixtures.grassroots(district, "Đảng bộ xã ngoài khu");
        zone = Fixtures.zone(district, code("Khu"), List.of(commune));
    }

    private Map<String, Object> body(String heldOn) {
        return new HashMap<>(Map.of("zoneId", zone, "hostOrganizationId", commune, "heldOn", heldOn));
    }

    @Test
    void aBriefingIsRecordedReadChangedAndDeleted() {
        Map<String, Object> body = body("2024-03-07");
        body.put("attendees", List.of(Map.of("fullName", "Trần Văn Hưng", "position", "Trưởng khu"),
                Map.of("fullName", "Nguyễn Văn An", "organizationId", commune)));
        String id = api().body(body).post(BRIEFINGS).then().statusCode(201)
                .header("Location", containsString(BRIEFINGS + "/")).header("ETag", "\"0\"")
                .body("month", equalTo("2024-03"), "districtId", equalTo(district), "attendeeCount", equalTo(2),
                        "attendees[1].organizationId", equalTo(commune), "attendees[1].position", equalTo(null))
                .extract().path("id");
        api().queryParam("zoneId", zone).get(BRIEFINGS).then().statusCode(200).body("items.id", contains(id));
        api().queryParam("districtId", district).queryParam("year", 2024).get(BRIEFINGS).then()
                .body("totalItems", equalTo(1));
        api().queryParam("zoneId", zone).queryParam("year", 2023).get(BRIEFINGS).then().body("items", hasSize(0));
        body.put("heldOn", "2024-03-10");
        body.put("month", "2024-03");
        api().header("If-Match", "\"0\"").body(body).put(BRIEFINGS + "/{id}", id).then().statusCode(200)
                .body("heldOn", equalTo("2024-03-10"), "version", equalTo(1));
        api().body(body).put(BRIEFINGS + "/{id}", id).then().statusCode(428).contentType(PROBLEM);
        api().header("If-Match", "\"0\"").body(body).put(BRIEFINGS + "/{id}", id).then().statusCode(412);
        api().get(BRIEFINGS + "/{id}/history", id).then().statusCode(200).body("totalItems", equalTo(2),
                "items[0].changes.field", contains("heldOn"));
        api().delete(BRIEFINGS + "/{id}", id).then().statusCode(204);
        api().get(BRIEFINGS + "/{id}", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theRulesOfABriefingAreChecked() {
        api().body(body("2024-03-04")).post(BRIEFINGS).then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("heldOn"), "errors[0].message", containsString("mồng 5"));
        api().body(body("2024-03-11")).post(BRIEFINGS).then().statusCode(422).body("errors[0].field", equalTo("heldOn"));
        Map<String, Object> otherMonth = body("2024-03-07");
        otherMonth.put("month", "2024-04");
        api().body(otherMonth).post(BRIEFINGS).then().statusCode(422).body("errors[0].field", equalTo("heldOn"));
        Map<String, Object> badMonth = body("2024-03-07");
        badMonth.put("month", "03/2024");
        api().body(badMonth).post(BRIEFINGS).then().statusCode(422).body("errors[0].field", equalTo("month"));
        Map<String, Object> notInZone = body("2024-03-07");
        notInZone.put("hostOrganizationId", outside);
        api().body(notInZone).post(BRIEFINGS).then().statusCode(422)
                .body("errors[0].field", equalTo("hostOrganizationId"), "errors[0].message", containsString("ngoài khu"));
        Map<String, Object> unknownZone = body("2024-03-07");
        unknownZone.put("zoneId", UUID.randomUUID().toString());
        api().body(unknownZone).post(BRIEFINGS).then().statusCode(422).body("errors[0].field", equalTo("zoneId"));
        Map<String, Object> attendee = body("2024-03-07");
        attendee.put("attendees", List.of(Map.of("fullName", "A", "organizationId", UUID.randomUUID().toString()),
                Map.of("position", "Bí thư")));
        api().body(attendee).post(BRIEFINGS).then().statusCode(422).body("errors[0].field", equalTo("attendees[1].fullName"));
        api().body(Map.of("zoneId", zone)).post(BRIEFINGS).then().statusCode(422)
                .body("errors.field", contains("heldOn", "hostOrganizationId"));
        api().body("{\"zoneId\": 12, ").post(BRIEFINGS).then().statusCode(400);
        Map<String, Object> wrongType = body("7/3/2024");
        api().body(wrongType).post(BRIEFINGS).then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        api().body(body("2024-05-06")).post(BRIEFINGS).then().statusCode(201);
        api().body(body("2024-05-09")).post(BRIEFINGS).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", equalTo("month"));
        api().queryParam("year", "năm nay").get(BRIEFINGS).then().statusCode(400).body("errors[0].field", equalTo("year"));
        api().get(BRIEFINGS + "/{id}", "42").then().statusCode(400);
    }

    @Test
    void onlyTheDistrictOfficeRecordsBriefingsAndEveryoneInTheDistrictReadsThem() {
        String id = Fixtures.briefing(zone, commune, "2024-06-07");
        String branch = Fixtures.branch(commune, "Chi bộ thôn 1");
        for (String role : List.of("GRASSROOTS_OFFICER", "BRANCH_SECRETARY")) {
            String token = Fixtures.tokenFor(role, "GRASSROOTS_OFFICER".equals(role) ? commune : branch);
            as(token).body(body("2024-07-07")).post(BRIEFINGS).then().statusCode(403).contentType(PROBLEM);
            as(token).get(BRIEFINGS + "/{id}", id).then().statusCode(200);
        }
        String department = Fixtures.create("DEPARTMENT", "Phòng Nông nghiệp", district);
        as(Fixtures.tokenFor("RESPONDER", department)).queryParam("zoneId", zone).get(BRIEFINGS).then()
                .statusCode(200).body("items.id", contains(id));
        String otherOffice = Fixtures.tokenFor("DISTRICT_OFFICE", Fixtures.district("Huyện khác"));
        as(otherOffice).body(body("2024-07-07")).post(BRIEFINGS).then().statusCode(403);
        as(otherOffice).get(BRIEFINGS + "/{id}", id).then().statusCode(403);
        as(otherOffice).queryParam("zoneId", zone).get(BRIEFINGS).then().statusCode(200).body("items", hasSize(0));
        as(Fixtures.tokenFor("DISTRICT_OFFICE", district)).body(body("2024-07-07")).post(BRIEFINGS).then()
                .statusCode(201);
    }

    @Test
    void theRotationProposesTheYearsHostsAndWarns() {
        List<String> communes = new java.util.ArrayList<>();
        for (String name : List.of("Xã A", "Xã B", "Xã C", "Xã D", "Xã E", "Xã F", "Xã G")) {
            communes.add(Fixtures.grassroots(district, name));
        }
        String big = Fixtures.zone(district, code("Khu lớn"), communes);
        // Xã A hosted January to April: too often; with seven communes someone hosts only once.
        for (int month = 1; month <= 4; month++) {
            Fixtures.briefing(big, communes.get(0), "2024-0" + month + "-06");
        }
        api().queryParam("year", 2024).get("/api/v1/zones/{id}/rotation", big).then().statusCode(200)
                .body("months", hasSize(12), "months[0].proposed", equalTo(false),
                        "months[0].heldOn", equalTo("2024-01-06"), "months[4].proposed", equalTo(true),
                        "months[4].hostOrganizationId", equalTo(communes.get(1)),
                        "hosts[0].hosted", equalTo(4), "hosts[0].planned", equalTo(4),
                        "hosts.planned", contains(4, 2, 2, 1, 1, 1, 1),
                        "warnings.kind", contains("TOO_OFTEN", "TOO_RARELY", "TOO_RARELY", "TOO_RARELY", "TOO_RARELY"),
                        "warnings[0].message", containsString("Xã A"));
        api().header("Accept-Language", "en").queryParam("year", 2024).get("/api/v1/zones/{id}/rotation", big).then()
                .body("warnings[0].message", containsString("more than 3"));
        api().queryParam("year", 2025).get("/api/v1/zones/{id}/rotation", zone).then().statusCode(200)
                .body("hosts.planned", contains(12), "warnings.kind", contains("TOO_OFTEN"));
        api().queryParam("year", "x").get("/api/v1/zones/{id}/rotation", zone).then().statusCode(400);
        api().get("/api/v1/zones/{id}/rotation", UUID.randomUUID()).then().statusCode(404);
    }
}
