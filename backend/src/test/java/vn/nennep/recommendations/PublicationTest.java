package vn.nennep.recommendations;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/** Publishing a briefing's accepted answers in a numbered notice, and the next briefing announcing it. */
@QuarkusTest
class PublicationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PUBLICATIONS = "/api/v1/recommendations/publications";

    private static String accepted(World w) {
        String id = w.toDepartment();
        Fixtures.step(id, "forward", Map.of());
        Fixtures.step(id, "answers", Map.of("body", "Đã bố trí kinh phí", "documentNumber", "58/PNN"));
        Fixtures.step(id, "reviews", Map.of("verdict", "ACCEPTED"));
        return id;
    }

    private static Map<String, Object> body(World w) {
        return new HashMap<>(Map.of("briefingId", w.briefing, "term", ThreadTest.term()));
    }

    @Test
    void theAcceptedAnswersOfABriefingArePublishedInTheNextFreeNotice() {
        World w = new World();
        String first = accepted(w);
        String second = accepted(w);
        String answered = w.toDepartment();
        Fixtures.step(answered, "forward", Map.of());
        Fixtures.step(answered, "answers", Map.of("body", "Đang xem xét", "documentNumber", "60/PNN"));
        String id = as(w.office()).body(body(w)).post(PUBLICATIONS).then().statusCode(201)
                .header("Location", containsString(PUBLICATIONS + "/"))
                .body("documentNumber", equalTo("1-TB/HU"), "recommendationIds", contains(first, second),
                        "zoneId", equalTo(w.zone), "issuedOn", equalTo(LocalDate.now(Time.LOCAL).toString()),
                        "title", containsString("tháng " + World.LAST_MONTH.format(
                                java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"))))
                .extract().path("id");
        String documentId = api().get(PUBLICATIONS + "/{id}", id).then().statusCode(200).extract().path("documentId");
        api().get("/api/v1/resolutions/{id}", documentId).then().statusCode(200)
                .body("documentType", equalTo("TB"), "issuerId", equalTo(w.district));
        api().get("/api/v1/recommendations/{id}", first).then().body("status", equalTo("PUBLISHED"));
        api().get("/api/v1/recommendations/{id}/entries", second).then().body("items[4].type", equalTo("PUBLISHED"),
                "items[4].documentNumber", equalTo("1-TB/HU"), "items[4].publicationId", equalTo(id));
        api().get("/api/v1/recommendations/{id}", answered).then().body("status", equalTo("ANSWERED"));
        as(w.secretary()).queryParam("briefingId", w.briefing).get(PUBLICATIONS).then().statusCode(200)
                .body("items.id", contains(id));
        // Nothing accepted is left: a second publication has nothing to publish.
        api().body(body(w)).post(PUBLICATIONS).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("ACCEPTED"));
        accepted(w);
        // The default title is composed in the request's language (issue 08 item 13), then stored as it is.
        String month = World.LAST_MONTH.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
        api().header("Accept-Language", "en").body(body(w)).post(PUBLICATIONS).then().statusCode(201)
                .body("documentNumber", equalTo("2-TB/HU"),
                        "title", startsWith("Notice of the answers to the recommendations of the "),
                        "title", endsWith(" briefing of " + month));
        api().get(PUBLICATIONS + "/{id}", id).then().body("title",
                startsWith("Thông báo trả lời kiến nghị, đề xuất tại hội nghị giao ban "),
                "title", endsWith(" tháng " + month));
    }

    @Test
    void aNumberGivenMustBeAFreeNoticeNumberOfTheDistrict() {
        World w = new World();
        accepted(w);
        Map<String, Object> body = body(w);
        body.put("number", "12-NQ/HU");
        api().body(body).post(PUBLICATIONS).then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("number"));
        body.put("number", "mười hai");
        api().body(body).post(PUBLICATIONS).then().statusCode(422).body("errors[0].field", equalTo("number"));
        body.put("number", "12-TB/ĐU");
        api().body(body).post(PUBLICATIONS).then().statusCode(422).body("errors[0].field", equalTo("number"));
        body.put("number", "12-TB/HU");
        body.put("issuedOn", LocalDate.now(Time.LOCAL).plusDays(1).toString());
        api().body(body).post(PUBLICATIONS).then().statusCode(422).body("errors[0].field", equalTo("issuedOn"));
        body.put("issuedOn", World.LAST_MONTH.minusDays(1).toString());
        api().body(body).post(PUBLICATIONS).then().statusCode(422).body("errors[0].field", equalTo("issuedOn"));
        body.remove("issuedOn");
        body.put("term", "2020");
        api().body(body).post(PUBLICATIONS).then().statusCode(422).body("errors[0].field", equalTo("term"));
        body.put("term", ThreadTest.term());
        body.put("title", "Thông báo số 12 về trả lời kiến nghị khu 1");
        api().body(body).post(PUBLICATIONS).then().statusCode(201).body("documentNumber", equalTo("12-TB/HU"),
                "title", equalTo("Thông báo số 12 về trả lời kiến nghị khu 1"));
        accepted(w);
        api().body(body).post(PUBLICATIONS).then().statusCode(409).body("errors[0].field", equalTo("number"));
        body.remove("number");
        api().body(body).post(PUBLICATIONS).then().statusCode(201).body("documentNumber", equalTo("13-TB/HU"));
        body.put("briefingId", UUID.randomUUID().toString());
        api().body(body).post(PUBLICATIONS).then().statusCode(422).body("errors[0].field", equalTo("briefingId"));
        api().get(PUBLICATIONS + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    /**
     * Issue 08 item 12: a notice's term follows from its date when none is named (terms run 2020-2025, 2025-2030,
     * …); a term named that does not hold the date is refused, naming both (dates dd/MM/yyyy) and the right term.
     */
    @Test
    void theTermFollowsTheNoticesDateAndATermThatDoesNotHoldItIsRefused() {
        World w = new World();
        LocalDate today = LocalDate.now(Time.LOCAL);
        // 2021 to 2025 are in 2020-2025, 2026 to 2030 in 2025-2030 (a congress year in the term it ends).
        int first = today.getYear() - 1 - Math.floorMod(today.getYear() - 1, 5);
        String current = first + "-" + (first + 5);
        String previous = (first - 5) + "-" + first;
        String day = today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        accepted(w);
        Map<String, Object> body = new HashMap<>(Map.of("briefingId", w.briefing, "term", previous));
        api().body(body).post(PUBLICATIONS).then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("term"), "errors[0].message", containsString(day),
                        "errors[0].message", containsString(previous), "errors[0].message", containsString(current));
        api().header("Accept-Language", "en").body(body).post(PUBLICATIONS).then().statusCode(422)
                .body("errors[0].message", equalTo("a notice issued on " + day + " is not in the term " + previous
                        + " but in " + current + "; leave the term out to have it follow the issue date"));
        String documentId = api().body(Map.of("briefingId", w.briefing)).post(PUBLICATIONS).then().statusCode(201)
                .body("documentNumber", equalTo("1-TB/HU")).extract().path("documentId");
        api().get("/api/v1/resolutions/{id}", documentId).then().body("term", equalTo(current));
        accepted(w);
        body.put("term", " ");
        documentId = api().body(body).post(PUBLICATIONS).then().statusCode(201)
                .body("documentNumber", equalTo("2-TB/HU")).extract().path("documentId");
        api().get("/api/v1/resolutions/{id}", documentId).then().body("term", equalTo(current));
    }

    @Test
    void theNextBriefingAnnouncesTheNoticeAndTheResultsReported() {
        World w = new World();
        String published = accepted(w);
        Map<String, Object> body = body(w);
        body.put("issuedOn", World.LAST_MONTH.plusDays(1).toString());
        String publication = api().body(body).post(PUBLICATIONS).then().statusCode(201).extract().path("id");
        String settled = w.toCommune();
        as(w.communeOfficer()).body(Map.of("result", "Xã đã lắp đèn chiếu sáng đường thôn"))
                .post("/api/v1/recommendations/{id}/resolution", settled).then().statusCode(200);
        LocalDate nextMonth = LocalDate.now(Time.LOCAL).plusMonths(1).withDayOfMonth(7);
        String next = Fixtures.briefing(w.zone, w.otherCommune, nextMonth.toString());
        as(w.secretary()).get("/api/v1/briefings/{id}/announcements", next).then().statusCode(200)
                .body("since", equalTo(World.LAST_MONTH.toString()), "until", equalTo(nextMonth.toString()),
                        "publications.id", contains(publication),
                        "publications[0].recommendationIds", contains(published),
                        "resolved.recommendationId", contains(settled),
                        "resolved[0].result", equalTo("Xã đã lắp đèn chiếu sáng đường thôn"));
        api().get("/api/v1/briefings/{id}/announcements", w.briefing).then().statusCode(200)
                .body("since", nullValue(), "publications", hasSize(0), "resolved", hasSize(0));
        // The department's responder sees the notice, not the commune's own matter.
        as(w.responder()).get("/api/v1/briefings/{id}/announcements", next).then().statusCode(200)
                .body("publications", hasSize(1), "resolved", hasSize(0));
        api().get("/api/v1/briefings/{id}/announcements", UUID.randomUUID()).then().statusCode(404);
    }
}
