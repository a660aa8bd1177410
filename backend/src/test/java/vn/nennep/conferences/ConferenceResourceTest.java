package vn.nennep.conferences;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.conference;
import static vn.nennep.support.Fixtures.conferenceBody;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.heldConference;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;

@QuarkusTest
class ConferenceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";
    private static final String BASE = "/api/v1/conferences";

    private static Map<String, Object> site(String name, int participants, int opinions) {
        return Map.of("name", name, "participants", participants, "opinions", opinions);
    }

    @Test
    void aSeminarWithOneSiteCountsItsParticipantsAndOpinions() {
        String district = district("Huyện Kim Bảng thử");
        Map<String, Object> body = conferenceBody(district, "Tọa đàm nâng cao chất lượng sinh hoạt chi bộ");
        body.put("kind", "SEMINAR");
        body.put("sites", List.of(site("Hội nghị tọa đàm cấp huyện và cơ sở", 1500, 106)));
        String id = api().body(body).post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/")).header("ETag", "\"0\"")
                .body("kind", equalTo("SEMINAR"), "status", equalTo("PROPOSED"), "organizerId", equalTo(district),
                        "participantCount", is(1500), "opinionCount", is(106), "survey", nullValue(),
                        "resolutionIds", hasSize(0), "allowedTransitions", contains("CANCELLED"), "version", is(0))
                .extract().path("id");
        api().get(BASE + "/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("sites[0].name", equalTo("Hội nghị tọa đàm cấp huyện và cơ sở"),
                        "sites[0].participants", is(1500));
    }

    @Test
    void eighteenCommunesSumTo515ParticipantsAnd162Opinions() {
        String district = district("Huyện mười tám xã");
        List<Map<String, Object>> sites = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            sites.add(site("Đảng ủy xã số " + i, i <= 11 ? 29 : 28, i % 2 == 0 ? 10 : 8));
        }
        Map<String, Object> body = conferenceBody(district, "Tọa đàm tại 18 xã, thị trấn");
        body.put("sites", sites);
        String id = api().body(body).post(BASE).then().statusCode(201)
                .body("sites", hasSize(18), "participantCount", is(515), "opinionCount", is(162))
                .extract().path("id");
        api().queryParam("organizerId", district).get(BASE).then().statusCode(200)
                .body("items.id", contains(id), "items[0].participantCount", is(515), "items[0].opinionCount", is(162));
    }

    @Test
    void listsFilterSortAndSearchIgnoringDiacritics() {
        String district = district("Huyện lọc hội nghị");
        String commune = grassroots(district, "Xã lọc hội nghị");
        String waste = conference(district, "Phân loại rác thải tại nguồn");
        String petitions = heldConference(commune, "Tiếp công dân, giải quyết đơn thư");
        Map<String, Object> contest = conferenceBody(commune, "Hội thi Bí thư chi bộ giỏi");
        contest.put("kind", "CONTEST");
        String contestId = api().body(contest).post(BASE).then().statusCode(201).extract().path("id");

        api().queryParam("withinId", district).queryParam("sort", "title,asc").get(BASE).then().statusCode(200)
                .body("items.id", contains(contestId, waste, petitions), "totalItems", is(3));
        api().queryParam("withinId", district).queryParam("q", "RAC THAI").get(BASE).then()
                .body("items.id", contains(waste));
        api().queryParam("withinId", district).queryParam("q", "viec kho can thao go: tiep cong dan").get(BASE).then()
                .body("items.id", contains(petitions));
        api().queryParam("withinId", commune).get(BASE).then()
                .body("items.id", containsInAnyOrder(petitions, contestId));
        api().queryParam("organizerId", district).get(BASE).then().body("items.id", contains(waste));
        api().queryParam("withinId", district).queryParam("kind", "CONTEST").get(BASE).then()
                .body("items.id", contains(contestId));
        api().queryParam("withinId", district).queryParam("status", "HELD").get(BASE).then()
                .body("items.id", contains(petitions));
        api().queryParam("withinId", district).queryParam("heldFrom", "2023-08-17").queryParam("heldTo", "2023-08-17")
                .get(BASE).then().body("items.id", contains(petitions));
        api().queryParam("withinId", district).queryParam("heldTo", "2023-08-16").get(BASE).then()
                .body("items", hasSize(0));
        api().queryParam("withinId", UNKNOWN).get(BASE).then().statusCode(200).body("items", hasSize(0));

        api().queryParam("kind", "MEETING").get(BASE).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("kind"), "errors[0].message", containsString("SEMINAR"));
        api().queryParam("heldFrom", "17/8/2023").get(BASE).then().statusCode(400)
                .body("errors.field", contains("heldFrom"));
        api().queryParam("withinId", "42").get(BASE).then().statusCode(400).body("errors.field", contains("withinId"));
        api().queryParam("status", "DONE").get(BASE).then().statusCode(400).body("errors.field", contains("status"));
        api().queryParam("sort", "problem,asc").get(BASE).then().statusCode(400)
                .body("errors.field", contains("sort"), "errors[0].message", containsString("heldOn"));
    }

    @Test
    void namesEveryMissingOrBrokenField() {
        String district = district("Huyện kiểm tra hội nghị");
        String commune = grassroots(district, "Xã kiểm tra");
        api().body(Map.of("title", " ")).post(BASE).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"),
                        "errors.field", contains("kind", "organizerId", "problem", "title"));
        Map<String, Object> body = conferenceBody(UNKNOWN, "Hội nghị mồ côi");
        api().body(body).post(BASE).then().statusCode(422).body("errors.field", contains("organizerId"));
        body.put("organizerId", branch(commune, "Chi bộ không tổ chức hội nghị"));
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("organizerId"), "errors[0].message", containsString("BRANCH"));

        body = conferenceBody(commune, "Hội nghị có điểm sai");
        body.put("sites", List.of(site("Nhà văn hóa", -1, 3), Map.of("name", "", "participants", 5, "opinions", -2)));
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("sites[0].participants", "sites[1].name", "sites[1].opinions"));
        body.put("sites", List.of(site("Nhà văn hóa thôn", 10, 1), site("nhà văn hóa thôn ", 12, 2)));
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("sites[1].name"), "errors[0].message", containsString("hai lần"));
        body.put("sites", List.of());
        body.put("scheduledOn", "2023-08-17");
        body.put("heldOn", "2023-08-10");
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("heldOn"), "errors[0].message", containsString("17/08/2023"));
        body.put("heldOn", LocalDate.now(Time.LOCAL).plusDays(2).toString());
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("heldOn"), "errors[0].message", containsString("tương lai"));
    }

    @Test
    void rejectsBadInputWithProblems() {
        String district = district("Huyện dữ liệu hỏng");
        api().body("{bad").post(BASE).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("JSON"));
        api().post(BASE).then().statusCode(400).contentType(PROBLEM);
        api().contentType(ContentType.XML).body("<conference/>").post(BASE).then().statusCode(415).contentType(PROBLEM);
        String prefix = "{\"organizerId\":\"" + district + "\",\"title\":\"T\",\"problem\":\"P\",";
        api().body(prefix + "\"kind\":\"MEETING\"}").post(BASE).then().statusCode(400)
                .body("errors.field", contains("kind"), "errors[0].message", containsString("THEMATIC"));
        api().body(prefix + "\"kind\":\"THEMATIC\",\"scheduledOn\":\"17/8/2023\"}").post(BASE).then().statusCode(400)
                .body("errors.field", contains("scheduledOn"), "errors[0].message", containsString("YYYY-MM-DD"));
        api().body(prefix + "\"kind\":\"THEMATIC\",\"sites\":[{\"name\":\"A\",\"participants\":\"nhiều\","
                        + "\"opinions\":1}]}").post(BASE).then().statusCode(400)
                .body("errors.field", contains("sites[0].participants"));
        api().body(prefix + "\"kind\":\"THEMATIC\",\"sites\":{\"name\":\"A\"}}").post(BASE).then().statusCode(400)
                .contentType(PROBLEM);
        api().body("{\"organizerId\":\"abc\",\"kind\":\"THEMATIC\",\"title\":\"T\",\"problem\":\"P\"}").post(BASE)
                .then().statusCode(400).body("errors.field", contains("organizerId"));
        api().get(BASE + "/{id}", "not-a-uuid").then().statusCode(400).body("errors.field", contains("id"));
        api().get(BASE + "/{id}", UNKNOWN).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString(UNKNOWN));
        api().delete(BASE + "/{id}", UNKNOWN).then().statusCode(404);
    }

    @Test
    void anEditNeedsTheCurrentVersionAndExternalIdsAreUnique() {
        String district = district("Huyện sửa hội nghị");
        String id = conference(district, "Hội nghị sửa");
        Map<String, Object> edit = conferenceBody(district, "Hội nghị đã sửa");
        edit.put("externalId", "HN-" + id);
        api().body(edit).put(BASE + "/{id}", id).then().statusCode(428).contentType(PROBLEM);
        api().header("If-Match", "\"0\"").body(edit).put(BASE + "/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Hội nghị đã sửa"), "externalId", equalTo("HN-" + id));
        api().header("If-Match", "\"0\"").body(edit).put(BASE + "/{id}", id).then().statusCode(412)
                .contentType(PROBLEM);
        api().header("If-Match", "\"1\"").body(edit).put(BASE + "/{id}", UNKNOWN).then().statusCode(404);
        api().queryParam("externalId", "HN-" + id).get(BASE).then().body("items.id", contains(id));

        Map<String, Object> twin = conferenceBody(district, "Hội nghị trùng mã");
        twin.put("externalId", "HN-" + id);
        api().body(twin).post(BASE).then().statusCode(409).contentType(PROBLEM)
                .body("errors.field", contains("externalId"));

        api().delete(BASE + "/{id}", id).then().statusCode(204);
        api().get(BASE + "/{id}", id).then().statusCode(404);
    }

    @Test
    void officesWriteTheirOwnSubtreeAndEveryoneInTheTreeReads() {
        String district = district("Huyện phân quyền hội nghị");
        String communeA = grassroots(district, "Xã A");
        String communeB = grassroots(district, "Xã B");
        String branchA = branch(communeA, "Chi bộ thôn A");
        String atDistrict = conference(district, "Hội nghị của huyện");
        String atB = conference(communeB, "Hội nghị của xã B");
        String officerA = tokenFor("GRASSROOTS_OFFICER", communeA);

        String atA = as(officerA).body(conferenceBody(communeA, "Hội nghị của xã A")).post(BASE).then()
                .statusCode(201).extract().path("id");
        as(officerA).body(conferenceBody(district, "Vượt cấp")).post(BASE).then().statusCode(403).contentType(PROBLEM);
        as(officerA).body(conferenceBody(communeB, "Sang xã khác")).post(BASE).then().statusCode(403);
        as(officerA).body(Map.of("status", "CANCELLED")).post(BASE + "/{id}/status", atDistrict).then().statusCode(403);
        as(tokenFor("DISTRICT_OFFICE", district)).body(Map.of("status", "CANCELLED"))
                .post(BASE + "/{id}/status", atA).then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(tokenFor("BRANCH_SECRETARY", branchA)).body(conferenceBody(communeA, "Chi bộ")).post(BASE).then()
                .statusCode(403);
        as(tokenFor("INSPECTOR", district)).delete(BASE + "/{id}", atB).then().statusCode(403);

        String secretaryA = tokenFor("BRANCH_SECRETARY", branchA);
        as(secretaryA).get(BASE + "/{id}", atDistrict).then().statusCode(200);
        as(secretaryA).get(BASE + "/{id}", atA).then().statusCode(200);
        as(secretaryA).get(BASE + "/{id}", atB).then().statusCode(403).contentType(PROBLEM);
        as(secretaryA).get(BASE + "/{id}/history", atB).then().statusCode(403);
        as(secretaryA).get(BASE).then().statusCode(200).body("items.id", containsInAnyOrder(atDistrict, atA));
        String elsewhere = tokenFor("DISTRICT_OFFICE", district("Huyện láng giềng hội nghị"));
        as(elsewhere).get(BASE + "/{id}", atDistrict).then().statusCode(403);
        as(elsewhere).get(BASE).then().statusCode(200).body("items", hasSize(0));
    }
}
