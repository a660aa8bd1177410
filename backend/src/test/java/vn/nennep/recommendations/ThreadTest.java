package vn.nennep.recommendations;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Api.raw;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;

/** A recommendation's thread through every state, each illegal move, and the append-only rule. */
@QuarkusTest
class ThreadTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REC = "/api/v1/recommendations/{id}";

    @Inject
    EntityManager em;

    /** A term of the district that contains this year and last, for publishing. */
    static String term() {
        int year = LocalDate.now(Time.LOCAL).getYear() - 1;
        return year + "-" + (year + 5);
    }

    @Test
    void aThreadGoesThroughEveryStateWithTwoReanswerRounds() {
        World w = new World();
        String id = w.toDepartment();
        as(w.office()).get(REC, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("RAISED"), "nextSteps", contains("FORWARDED"), "entryCount", equalTo(1));
        move(w.office(), id, "forward", Map.of("body", "Chuyển Phòng Nông nghiệp trả lời", "documentNumber", "215-CV/HU"),
                "FORWARDED");
        as(w.office()).get(REC, id).then().body("nextSteps", contains("ANSWERED"));
        move(w.responder(), id, "answers", answer("58/PNN-TL"), "ANSWERED");
        move(w.office(), id, "reviews", Map.of("verdict", "REANSWER_REQUIRED", "reason", "Chưa nêu thời gian hoàn thành"),
                "REANSWER_REQUESTED");
        move(w.responder(), id, "answers", answer("61/PNN-TL"), "ANSWERED");
        move(w.office(), id, "reviews", Map.of("verdict", "REANSWER_REQUIRED", "reason", "Chưa nêu nguồn kinh phí"),
                "REANSWER_REQUESTED");
        move(w.responder(), id, "answers", answer("67/PNN-TL"), "ANSWERED");
        move(w.office(), id, "reviews", Map.of("verdict", "ACCEPTED"), "ACCEPTED");
        as(w.office()).body(Map.of("briefingId", w.briefing, "term", term())).post("/api/v1/recommendations/publications")
                .then().statusCode(201).body("recommendationIds", contains(id),
                        "documentNumber", equalTo("1-TB/HU"));
        as(w.office()).get(REC, id).then().body("status", equalTo("PUBLISHED"), "nextSteps", contains("RESOLVED"));
        move(w.responder(), id, "resolution", Map.of("result", "Đã nạo vét xong 1,2 km kênh; lúa đủ nước"), "RESOLVED");
        as(w.secretary()).get(REC, id).then().statusCode(200).body("reanswerCount", equalTo(2), "entryCount", equalTo(10),
                "nextSteps", hasSize(0), "overdue", equalTo(false));
        as(w.secretary()).get(REC + "/entries", id).then().statusCode(200)
                .body("items.type", contains("RAISED", "FORWARDED", "ANSWERED", "REANSWER_REQUESTED", "ANSWERED",
                        "REANSWER_REQUESTED", "ANSWERED", "ACCEPTED", "PUBLISHED", "RESOLVED"),
                        "items.seq", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                        "items[3].body", equalTo("Chưa nêu thời gian hoàn thành"),
                        "items[6].documentNumber", equalTo("67/PNN-TL"),
                        "items[8].documentNumber", equalTo("1-TB/HU"),
                        "items[1].addresseeId", equalTo(w.department),
                        "items[2].authorOrganizationId", equalTo(w.department),
                        "items[0].authorOrganizationId", equalTo(w.branch));
        api().get(REC + "/history", id).then().statusCode(200).body("totalItems", equalTo(10),
                "items[0].changes.field", contains("status", "entryCount"));
    }

    @Test
    void eachIllegalMoveIsAConflictNamingTheAllowedSteps() {
        World w = new World();
        String id = w.toDepartment();
        illegal(id, "answers", answer("1/PNN"), "RAISED", "FORWARDED");
        illegal(id, "reviews", Map.of("verdict", "ACCEPTED"), "RAISED", "FORWARDED");
        illegal(id, "resolution", Map.of("result", "Xong"), "RAISED", "FORWARDED");
        Fixturesteps.forward(id);
        illegal(id, "forward", Map.of(), "FORWARDED", "ANSWERED");
        illegal(id, "reviews", Map.of("verdict", "REANSWER_REQUIRED", "reason", "Chưa rõ"), "FORWARDED", "ANSWERED");
        illegal(id, "resolution", Map.of("result", "Xong"), "FORWARDED", "ANSWERED");
        Fixturesteps.answer(id);
        illegal(id, "answers", answer("2/PNN"), "ANSWERED", "REANSWER_REQUESTED, ACCEPTED");
        illegal(id, "forward", Map.of(), "ANSWERED", "REANSWER_REQUESTED, ACCEPTED");
        illegal(id, "resolution", Map.of("result", "Xong"), "ANSWERED", "REANSWER_REQUESTED, ACCEPTED");
        vn.nennep.support.Fixtures.step(id, "reviews", Map.of("verdict", "REANSWER_REQUIRED", "reason", "Chưa rõ"));
        illegal(id, "reviews", Map.of("verdict", "ACCEPTED"), "REANSWER_REQUESTED", "ANSWERED");
        illegal(id, "forward", Map.of(), "REANSWER_REQUESTED", "ANSWERED");
        Fixturesteps.answer(id);
        vn.nennep.support.Fixtures.step(id, "reviews", Map.of("verdict", "ACCEPTED"));
        illegal(id, "answers", answer("3/PNN"), "ACCEPTED", "PUBLISHED");
        illegal(id, "reviews", Map.of("verdict", "ACCEPTED"), "ACCEPTED", "PUBLISHED");
        illegal(id, "resolution", Map.of("result", "Xong"), "ACCEPTED", "PUBLISHED");
        api().body(Map.of("briefingId", w.briefing, "term", term())).post("/api/v1/recommendations/publications")
                .then().statusCode(201);
        illegal(id, "answers", answer("4/PNN"), "PUBLISHED", "RESOLVED");
        illegal(id, "reviews", Map.of("verdict", "ACCEPTED"), "PUBLISHED", "RESOLVED");
        illegal(id, "forward", Map.of(), "PUBLISHED", "RESOLVED");
        vn.nennep.support.Fixtures.step(id, "resolution", Map.of("result", "Đã giải quyết dứt điểm"));
        for (String step : List.of("forward", "answers", "reviews", "resolution")) {
            api().body(Map.of("verdict", "ACCEPTED", "result", "Lại", "body", "x", "documentNumber", "1"))
                    .post(REC + "/" + step, id).then().statusCode(409).contentType(PROBLEM)
                    .body("detail", containsString("RESOLVED"), "errors[0].field", equalTo("status"));
        }
        // A resolved thread still takes comments (a correction is a new entry).
        api().body(Map.of("type", "COMMENT", "body", "Đính chính: 1,5 km kênh")).post(REC + "/entries", id)
                .then().statusCode(201).body("seq", equalTo(9), "type", equalTo("COMMENT"));
        api().get(REC, id).then().body("status", equalTo("RESOLVED"), "entryCount", equalTo(9));
    }

    @Test
    void aCommuneResolvesWithinItsAuthorityWithoutAnAnswer() {
        World w = new World();
        String raised = w.toCommune();
        as(w.office()).get(REC, raised).then().body("nextSteps", contains("FORWARDED", "RESOLVED"));
        move(w.communeOfficer(), raised, "resolution", Map.of("result", "Xã đã sửa xong đường giao thông nội đồng"),
                "RESOLVED");
        String forwarded = w.toCommune();
        Fixturesteps.forward(forwarded);
        as(w.office()).get(REC, forwarded).then().body("nextSteps", contains("ANSWERED", "RESOLVED"));
        move(w.communeOfficer(), forwarded, "resolution", Map.of("result", "Đã giải quyết trong thẩm quyền"),
                "RESOLVED");
        // To a department, there is no such shortcut.
        illegal(w.toDepartment(), "resolution", Map.of("result", "Xong"), "RAISED", "FORWARDED");
    }

    @Test
    void nothingInAThreadCanBeChangedOrDeleted() {
        World w = new World();
        String id = w.toDepartment();
        String entry = api().get(REC + "/entries", id).then().extract().path("items[0].id");
        raw().body(Map.of()).put(REC, id).then().statusCode(405);
        raw().delete(REC, id).then().statusCode(405);
        // No such operation on an entry (404 or 405 as the router sees it), and the table refuses it too.
        raw().delete(REC + "/entries/{entryId}", id, entry).then().statusCode(anyOf(is(404), is(405)));
        raw().body(Map.of("body", "sửa")).put(REC + "/entries/{entryId}", id, entry).then()
                .statusCode(anyOf(is(404), is(405)));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update recommendation_entries set body = 'sửa' where recommendation_id = "
                        + "cast(?1 as uuid)").setParameter(1, id).executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from recommendation_entries where recommendation_id = cast(?1 as uuid)")
                        .setParameter(1, id).executeUpdate()));
        api().get(REC + "/entries/{entryId}", id, entry).then().statusCode(200).body("type", equalTo("RAISED"));
    }

    private static Map<String, Object> answer(String number) {
        return Map.of("body", "Phòng đã đưa vào kế hoạch nạo vét quý II", "documentNumber", number);
    }

    private static void move(String token, String id, String step, Map<String, Object> body, String status) {
        as(token).body(body).post(REC + "/" + step, id).then().statusCode(200).body("status", equalTo(status));
    }

    private static void illegal(String id, String step, Map<String, Object> body, String status, String allowed) {
        api().body(body).post(REC + "/" + step, id).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:conflict"),
                        "detail", containsString(status), "detail", containsString(allowed),
                        "errors[0].field", equalTo("status"), "errors[0].message", containsString(allowed));
    }

    /** The usual steps, as the system administrator. */
    static final class Fixturesteps {
        static void forward(String id) {
            vn.nennep.support.Fixtures.step(id, "forward", Map.of());
        }

        static void answer(String id) {
            vn.nennep.support.Fixtures.step(id, "answers", ThreadTest.answer("9/PNN-TL"));
        }
    }
}
