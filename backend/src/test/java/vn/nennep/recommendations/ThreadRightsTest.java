package vn.nennep.recommendations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * Who may write what in a thread (only the addressed body answers, only the office forwards, judges and publishes,
 * only the raiser or the office comments), and each kind of bad input to the steps.
 */
@QuarkusTest
class ThreadRightsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REC = "/api/v1/recommendations/{id}";
    private static final Map<String, Object> ANSWER = Map.of("body", "Đã đưa vào kế hoạch", "documentNumber", "58/PNN");

    @Test
    void onlyTheOfficeForwardsAndJudges() {
        World w = new World();
        String id = w.toDepartment();
        for (String token : new String[] {w.secretary(), w.communeOfficer(), w.responder(), w.inspector()}) {
            denied(token, id, "forward", Map.of());
        }
        String otherOffice = Fixtures.tokenFor("DISTRICT_OFFICE", Fixtures.district("Huyện khác"));
        denied(otherOffice, id, "forward", Map.of());
        as(w.office()).body(Map.of()).post(REC + "/forward", id).then().statusCode(200);
        as(w.responder()).body(ANSWER).post(REC + "/answers", id).then().statusCode(200);
        Map<String, Object> accept = Map.of("verdict", "ACCEPTED");
        for (String token : new String[] {w.secretary(), w.communeOfficer(), w.responder(), w.inspector(), otherOffice}) {
            denied(token, id, "reviews", accept);
        }
        as(w.office()).body(accept).post(REC + "/reviews", id).then().statusCode(200);
        Map<String, Object> publication = Map.of("briefingId", w.briefing, "term", ThreadTest.term());
        for (String token : new String[] {w.secretary(), w.communeOfficer(), w.responder(), w.inspector()}) {
            as(token).body(publication).post("/api/v1/recommendations/publications").then().statusCode(403)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void onlyTheAddressedBodyAnswers() {
        World w = new World();
        String toDepartment = w.toDepartment();
        Fixtures.step(toDepartment, "forward", Map.of());
        for (String token : new String[] {w.office(), w.secretary(), w.communeOfficer(), w.inspector()}) {
            denied(token, toDepartment, "answers", ANSWER);
        }
        String otherDepartment = Fixtures.tokenFor("RESPONDER", Fixtures.create("DEPARTMENT", "Phòng Tài nguyên",
                w.district));
        denied(otherDepartment, toDepartment, "answers", ANSWER);
        as(w.responder()).body(ANSWER).post(REC + "/answers", toDepartment).then().statusCode(200);

        String toCommune = w.toCommune();
        Fixtures.step(toCommune, "forward", Map.of());
        for (String token : new String[] {w.responder(), w.otherCommuneOfficer(), w.secretary(), w.office()}) {
            denied(token, toCommune, "answers", ANSWER);
        }
        as(w.communeOfficer()).body(ANSWER).post(REC + "/answers", toCommune).then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
    }

    @Test
    void onlyTheAddresseeOrTheOfficeResolvesAndOnlyTheCommuneWithinItsAuthority() {
        World w = new World();
        String toCommune = w.toCommune();
        Map<String, Object> result = Map.of("result", "Đã giải quyết");
        as(w.office()).body(result).post(REC + "/resolution", toCommune).then().statusCode(403)
                .body("detail", containsString("Gia Tân"));
        for (String token : new String[] {w.secretary(), w.otherCommuneOfficer(), w.responder(), w.inspector()}) {
            denied(token, toCommune, "resolution", result);
        }
        String published = w.toDepartment();
        Fixtures.step(published, "forward", Map.of());
        Fixtures.step(published, "answers", ANSWER);
        Fixtures.step(published, "reviews", Map.of("verdict", "ACCEPTED"));
        api().body(Map.of("briefingId", w.briefing, "term", ThreadTest.term()))
                .post("/api/v1/recommendations/publications").then().statusCode(201);
        for (String token : new String[] {w.secretary(), w.communeOfficer(), w.inspector()}) {
            denied(token, published, "resolution", result);
        }
        as(w.office()).body(result).post(REC + "/resolution", published).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
    }

    @Test
    void onlyTheRaiserOrTheOfficeComments() {
        World w = new World();
        String id = w.toDepartment();
        Map<String, Object> comment = Map.of("type", "COMMENT", "body", "Thôn đã tự huy động 20 ngày công");
        as(w.secretary()).body(comment).post(REC + "/entries", id).then().statusCode(201)
                .header("Location", containsString("/entries/")).body("authorOrganizationId", equalTo(w.branch));
        as(w.office()).body(comment).post(REC + "/entries", id).then().statusCode(201);
        for (String token : new String[] {w.communeOfficer(), w.otherSecretary(), w.responder(), w.inspector()}) {
            as(token).body(comment).post(REC + "/entries", id).then().statusCode(403).contentType(PROBLEM);
        }
        String ofCommune = w.raise(w.communeOfficer(), w.commune, w.department);
        as(w.communeOfficer()).body(comment).post(REC + "/entries", ofCommune).then().statusCode(201);
        api().get(REC, id).then().body("status", equalTo("RAISED"), "entryCount", equalTo(3));
    }

    @Test
    void stepsCheckTheirInput() {
        World w = new World();
        String id = w.toDepartment();
        api().header("If-Match", "\"7\"").body(Map.of()).post(REC + "/forward", id).then().statusCode(412)
                .contentType(PROBLEM);
        api().body("{\"body\": ").post(REC + "/forward", id).then().statusCode(400).contentType(PROBLEM);
        api().post(REC + "/forward", id).then().statusCode(400).contentType(PROBLEM);
        api().body(Map.of("addresseeId", w.branch)).post(REC + "/forward", id).then().statusCode(422)
                .body("errors[0].field", equalTo("addresseeId"));
        api().body(Map.of("addresseeId", "không-phải-uuid")).post(REC + "/forward", id).then().statusCode(400)
                .body("errors[0].field", equalTo("addresseeId"));
        api().body(Map.of()).post(REC + "/forward", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        api().body(Map.of()).post(REC + "/forward", "42").then().statusCode(400).body("errors[0].field", equalTo("id"));
        // Forwarded elsewhere: to the commune, which then answers.
        api().header("If-Match", "\"0\"").body(Map.of("addresseeId", w.commune)).post(REC + "/forward", id)
                .then().statusCode(200).body("addresseeId", equalTo(w.commune), "version", equalTo(1));
        api().get(REC + "/entries", id).then().body("items[1].addresseeId", equalTo(w.commune));
        as(w.communeOfficer()).body(Map.of("body", "Xã sẽ giải quyết")).post(REC + "/answers", id).then()
                .statusCode(422).body("errors[0].field", equalTo("documentNumber"));
        as(w.communeOfficer()).body(ANSWER).post(REC + "/answers", id).then().statusCode(200);
        api().body(Map.of("verdict", "REANSWER_REQUIRED")).post(REC + "/reviews", id).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        api().body(Map.of("verdict", "MAYBE")).post(REC + "/reviews", id).then().statusCode(400)
                .body("errors[0].field", equalTo("verdict"));
        api().body(Map.of("type", "ANSWERED", "body", "Trả lời qua đây")).post(REC + "/entries", id).then()
                .statusCode(422).body("errors[0].field", equalTo("type"), "errors[0].message", containsString("/answers"));
        api().body(Map.of("type", "COMMENT")).post(REC + "/entries", id).then().statusCode(422)
                .body("errors[0].field", equalTo("body"));
        api().body(Map.of("type", "COMMENT", "body", "x")).post(REC + "/entries", UUID.randomUUID()).then()
                .statusCode(404);
        api().get(REC + "/entries/{entryId}", id, UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    private static void denied(String token, String id, String step, Map<String, Object> body) {
        as(token).body(body).post(REC + "/" + step, id).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:forbidden"));
    }
}
