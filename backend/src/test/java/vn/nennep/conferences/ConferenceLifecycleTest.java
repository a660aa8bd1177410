package vn.nennep.conferences;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.conference;
import static vn.nennep.support.Fixtures.conferenceBody;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.followUpBody;
import static vn.nennep.support.Fixtures.heldConference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;

/** The status machine over HTTP: every legal move, every illegal one, each precondition; follow-ups; history. */
@QuarkusTest
class ConferenceLifecycleTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BASE = "/api/v1/conferences";

    private static ValidatableResponse move(String id, String status) {
        return api().body(Map.of("status", status)).post(BASE + "/{id}/status", id).then();
    }

    private static void edit(String id, Map<String, Object> body) {
        String etag = api().get(BASE + "/{id}", id).then().extract().header("ETag");
        api().header("If-Match", etag).body(body).put(BASE + "/{id}", id).then().statusCode(200);
    }

    @Test
    void walksTheWholeLifecycleAndEachStepNeedsItsData() {
        String district = district("Huyện vòng đời hội nghị");
        Map<String, Object> body = conferenceBody(district, "Nâng cao chất lượng sinh hoạt chi bộ");
        String id = conference(district, "Nâng cao chất lượng sinh hoạt chi bộ");

        move(id, "SURVEYED").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:conflict"), "detail", containsString("khảo sát"),
                        "errors.field", contains("survey"));
        body.put("survey", Map.of("limitations", "Nội dung sinh hoạt ở một số nơi còn đơn điệu"));
        edit(id, body);
        api().get(BASE + "/{id}", id).then().body("allowedTransitions", contains("SURVEYED", "CANCELLED"),
                "survey.limitations", containsString("đơn điệu"));
        move(id, "SURVEYED").statusCode(200).header("ETag", "\"2\"").body("status", equalTo("SURVEYED"));

        move(id, "SCHEDULED").statusCode(409).body("errors.field", contains("scheduledOn"));
        body.put("scheduledOn", "2023-08-17");
        edit(id, body);
        move(id, "SCHEDULED").statusCode(200).body("allowedTransitions", contains("CANCELLED"));

        move(id, "HELD").statusCode(409).body("errors.field", contains("heldOn", "sites"),
                "detail", containsString("CANCELLED"));
        body.put("heldOn", "2023-08-17");
        edit(id, body);
        move(id, "HELD").statusCode(409).body("errors.field", contains("sites"));
        body.put("sites", List.of(Map.of("name", "Hội trường Huyện ủy", "participants", 180, "opinions", 12)));
        edit(id, body);
        move(id, "HELD").statusCode(200).body("status", equalTo("HELD"), "allowedTransitions", empty());

        move(id, "RESOLUTION_ISSUED").statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("chưa có nghị quyết"), "errors.field", contains("resolutionIds"));

        String resolution = api().body(Map.of("number", "98-NQ/HU", "issuerId", district, "term", "2020-2025",
                        "issuedOn", "2023-09-01", "title", "Nghị quyết chuyên đề về sinh hoạt chi bộ",
                        "conferenceId", id))
                .post("/api/v1/resolutions").then().statusCode(201).extract().path("id");
        api().get(BASE + "/{id}", id).then().body("resolutionIds", contains(resolution),
                "allowedTransitions", contains("RESOLUTION_ISSUED"));
        move(id, "RESOLUTION_ISSUED").statusCode(200).body("allowedTransitions", contains("FOLLOW_UP"));
        move(id, "FOLLOW_UP").statusCode(200).body("allowedTransitions", contains("CLOSED"));
        move(id, "CLOSED").statusCode(200).header("ETag", "\"10\"").body("allowedTransitions", empty());
        move(id, "FOLLOW_UP").statusCode(409)
                .body("detail", containsString("CLOSED"), "errors.field", contains("status"));
        api().delete(BASE + "/{id}", id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("CLOSED"));
    }

    @Test
    void outOfOrderMovesNameTheAllowedOnes() {
        String district = district("Huyện chuyển sai bước");
        String proposed = conference(district, "Hội nghị mới đề xuất");
        move(proposed, "HELD").statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("PROPOSED sang HELD"), "detail", containsString("SURVEYED, CANCELLED"),
                        "errors[0].field", equalTo("status"),
                        "errors[0].message", containsString("SURVEYED, CANCELLED"));
        move(proposed, "PROPOSED").statusCode(409).body("errors[0].message", containsString("SURVEYED, CANCELLED"));
        move(proposed, "CLOSED").statusCode(409);
        api().header("Accept-Language", "en").body(Map.of("status", "HELD")).post(BASE + "/{id}/status", proposed)
                .then().statusCode(409).body("detail", containsString("can only move to: SURVEYED, CANCELLED"));

        String held = heldConference(district, "Hội nghị đã tổ chức");
        move(held, "SCHEDULED").statusCode(409).body("errors[0].message", containsString("RESOLUTION_ISSUED"));
        move(held, "CANCELLED").statusCode(409).body("detail", containsString("RESOLUTION_ISSUED"));
        move(held, "FOLLOW_UP").statusCode(409);
        api().delete(BASE + "/{id}", held).then().statusCode(409);

        move(proposed, "DONE").statusCode(400).body("errors.field", contains("status"));
        api().body(Map.of()).post(BASE + "/{id}/status", proposed).then().statusCode(422)
                .body("errors.field", contains("status"));
        api().body(Map.of("status", "SURVEYED")).post(BASE + "/{id}/status", UUID.randomUUID().toString())
                .then().statusCode(404);
    }

    @Test
    void aConferenceCanBeCancelledOnlyBeforeItIsHeld() {
        String district = district("Huyện hủy hội nghị");
        String proposed = conference(district, "Hủy khi mới đề xuất");
        move(proposed, "CANCELLED").statusCode(200).body("status", equalTo("CANCELLED"), "allowedTransitions", empty());
        move(proposed, "SURVEYED").statusCode(409).body("errors[0].field", equalTo("status"));

        Map<String, Object> body = conferenceBody(district, "Hủy sau khi lên lịch");
        body.put("survey", Map.of("achievements", "Đã khảo sát 18 xã"));
        body.put("scheduledOn", "2024-03-03");
        String fromSurveyed = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        move(fromSurveyed, "SURVEYED").statusCode(200);
        move(fromSurveyed, "CANCELLED").statusCode(200);
        String fromScheduled = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        move(fromScheduled, "SURVEYED").statusCode(200);
        move(fromScheduled, "SCHEDULED").statusCode(200);
        move(fromScheduled, "CANCELLED").statusCode(200).body("allowedTransitions", empty());

        api().delete(BASE + "/{id}", fromScheduled).then().statusCode(204);
        api().delete(BASE + "/{id}", proposed).then().statusCode(204);
    }

    @Test
    void ifMatchIsOptionalButWhenSentMustBeCurrent() {
        String id = conference(district("Huyện If-Match"), "Hội nghị có phiên bản");
        api().header("If-Match", "\"7\"").body(Map.of("status", "CANCELLED")).post(BASE + "/{id}/status", id)
                .then().statusCode(412).contentType(PROBLEM);
        api().header("If-Match", "\"0\"").body(Map.of("status", "CANCELLED")).post(BASE + "/{id}/status", id)
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void anEditKeepsWhatTheStatusNeedsAndNeverSetsTheStatus() {
        String district = district("Huyện sửa sau hội nghị");
        String id = heldConference(district, "Hội nghị đã họp");
        Map<String, Object> body = conferenceBody(district, "Hội nghị đã họp");
        body.put("status", "CLOSED");
        String etag = api().get(BASE + "/{id}", id).then().extract().header("ETag");
        api().header("If-Match", etag).body(body).put(BASE + "/{id}", id).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("survey", "scheduledOn", "heldOn", "sites"),
                        "errors[3].message", containsString("HELD"));
        body.put("survey", Map.of("causes", "Chỉ có nguyên nhân"));
        body.put("scheduledOn", "2023-08-17");
        body.put("heldOn", "2023-08-18");
        body.put("sites", List.of(Map.of("name", "Hội trường", "participants", 200, "opinions", 15)));
        api().header("If-Match", etag).body(body).put(BASE + "/{id}", id).then().statusCode(422)
                .body("errors.field", contains("survey"));
        body.put("survey", Map.of("achievements", "Có chuyển biến"));
        api().header("If-Match", etag).body(body).put(BASE + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("HELD"), "heldOn", equalTo("2023-08-18"), "participantCount", is(200));
    }

    @Test
    void followUpsAreRecordedOnceHeldAndListedOldestFirst() {
        String district = district("Huyện theo dõi sau hội nghị");
        String proposed = conference(district, "Chưa họp");
        api().body(followUpBody()).post(BASE + "/{id}/follow-ups", proposed).then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("PROPOSED"));

        String id = heldConference(district, "Phân loại rác thải tại nguồn");
        Map<String, Object> later = new HashMap<>(followUpBody());
        later.put("recordedOn", "2024-01-15");
        String second = api().body(later).post(BASE + "/{id}/follow-ups", id).then().statusCode(201)
                .header("Location", containsString(BASE + "/" + id + "/follow-ups/")).header("ETag", "\"0\"")
                .body("conferenceId", equalTo(id), "recordedOn", equalTo("2024-01-15")).extract().path("id");
        String first = api().body(followUpBody()).post(BASE + "/{id}/follow-ups", id).then().statusCode(201)
                .extract().path("id");
        api().get(BASE + "/{id}/follow-ups", id).then().statusCode(200)
                .body("items.id", contains(first, second), "totalItems", is(2),
                        "items[0].problems", equalTo("Vấn đề mới phát sinh"));
        api().get(BASE + "/{id}/follow-ups/{followUpId}", id, second).then().statusCode(200).header("ETag", "\"0\"")
                .body("solutions", equalTo("Giải pháp đã bàn"));
        api().get(BASE + "/{id}/follow-ups/{followUpId}", heldConference(district, "Khác"), second)
                .then().statusCode(404);

        api().body(Map.of("problems", " ")).post(BASE + "/{id}/follow-ups", id).then().statusCode(422)
                .body("errors.field", contains("problems", "recordedOn", "solutions"));
        later.put("recordedOn", LocalDate.now(Time.LOCAL).plusDays(1).toString());
        api().body(later).post(BASE + "/{id}/follow-ups", id).then().statusCode(422)
                .body("errors.field", contains("recordedOn"), "errors[0].message", containsString("tương lai"));
        later.put("recordedOn", "2023-08-01");
        api().body(later).post(BASE + "/{id}/follow-ups", id).then().statusCode(422)
                .body("errors.field", contains("recordedOn"), "errors[0].message", containsString("17/08/2023"));
        later.put("recordedOn", "20/11/2023");
        api().body(later).post(BASE + "/{id}/follow-ups", id).then().statusCode(400)
                .body("errors.field", contains("recordedOn"));
    }

    @Test
    void followUpsNeedAKnownConferenceBeforeTheirPageIsRead() {
        String id = heldConference(district("Huyện trang theo dõi"), "Trang kết quả sau hội nghị");
        api().queryParam("updatedSince", "yesterday").get(BASE + "/{id}/follow-ups", UUID.randomUUID().toString())
                .then().statusCode(404).contentType(PROBLEM);
        api().queryParam("size", 0).queryParam("updatedSince", "yesterday").get(BASE + "/{id}/follow-ups", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("size"));
        api().queryParam("updatedSince", "yesterday").get(BASE + "/{id}/follow-ups", id).then().statusCode(400)
                .body("errors.field", contains("updatedSince"));
        api().body(followUpBody()).post(BASE + "/{id}/follow-ups", id).then().statusCode(201);
        api().queryParam("updatedSince", "2999-01-01T00:00:00Z").get(BASE + "/{id}/follow-ups", id).then()
                .statusCode(200).body("items", empty(), "totalItems", is(0));
        api().queryParam("updatedSince", "2000-01-01T00:00:00Z").get(BASE + "/{id}/follow-ups", id).then()
                .statusCode(200).body("totalItems", is(1));
    }

    @Test
    void theHistoryShowsEveryEditAndEveryMove() {
        String district = district("Huyện lịch sử hội nghị");
        String id = heldConference(district, "Tiếp công dân");
        api().get(BASE + "/{id}/history", id).then().statusCode(200)
                .body("totalItems", is(4), "items.operation", contains("UPDATE", "UPDATE", "UPDATE", "CREATE"),
                        "items[0].changes", hasSize(1), "items[0].changes[0].field", equalTo("status"),
                        "items[0].changes[0].from", equalTo("SCHEDULED"), "items[0].changes[0].to", equalTo("HELD"),
                        "items[3].changes.field", hasItem("sites[0].participants"),
                        "items[3].changes.field", hasItem("survey.achievements"));
        Map<String, Object> body = conferenceBody(district, "Tiếp công dân");
        body.put("survey", Map.of("achievements", "Đã có chuyển biến bước đầu", "limitations", "Còn chậm"));
        body.put("scheduledOn", "2023-08-17");
        body.put("heldOn", "2023-08-17");
        body.put("sites", List.of(Map.of("name", "Hội trường", "participants", 215, "opinions", 14)));
        edit(id, body);
        api().get(BASE + "/{id}/history", id).then()
                .body("items[0].changes.field", contains("sites[0].participants"),
                        "items[0].changes[0].from", is(210), "items[0].changes[0].to", is(215));
        api().get(BASE + "/{id}/history", UUID.randomUUID().toString()).then().statusCode(404);
    }
}
