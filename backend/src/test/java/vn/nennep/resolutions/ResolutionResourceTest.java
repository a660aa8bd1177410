package vn.nennep.resolutions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.conference;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.heldConference;
import static vn.nennep.support.Fixtures.indicatorBody;
import static vn.nennep.support.Fixtures.resolution;
import static vn.nennep.support.Fixtures.resolutionBody;
import static vn.nennep.support.Fixtures.target;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;

@QuarkusTest
class ResolutionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String RESOLUTIONS = "/api/v1/resolutions";
    private static final String RESOLUTION = "/api/v1/resolutions/{id}";

    @Test
    void recordsAResolutionWithItsNumberRead() {
        String district = district("Huyện Nam Sách thử");
        String id = api().body(resolutionBody(district, "17-NQ/HU")).post(RESOLUTIONS).then().statusCode(201)
                .header("Location", containsString("/api/v1/resolutions/")).header("ETag", "\"0\"")
                .body("number", equalTo("17-NQ/HU"), "sequence", is(17), "documentType", equalTo("NQ"),
                        "issuerId", equalTo(district), "term", equalTo("2020-2025"),
                        "scopeOrganizationId", equalTo(district), "effectiveFrom", equalTo("2022-06-10"),
                        "effectiveTo", equalTo(null), "conferenceId", equalTo(null), "version", is(0))
                .extract().path("id");
        api().get(RESOLUTION, id).then().statusCode(200).header("ETag", "\"0\"").body("number", equalTo("17-NQ/HU"));
        String commune = grassroots(district, "Xã An Lâm thử");
        api().body(resolutionBody(commune, "05-NQ/ĐU")).post(RESOLUTIONS).then().statusCode(201)
                .body("number", equalTo("05-NQ/ĐU"), "sequence", is(5));
        api().get("/api/v1/document-types").then().statusCode(200)
                .body("items.code", hasItem("QyĐ"), "items.find { it.code == 'NQ' }.name", equalTo("Nghị quyết"));
    }

    @Test
    void malformedNumbersSayWhatIsExpected() {
        String district = district("Huyện số hiệu sai");
        for (String number : new String[] {"17/NQ-HU", "NQ-17/HU", "17-NQ", "số 17-NQ/HU", "0-NQ/HU"}) {
            refused(api().body(resolutionBody(district, number)).post(RESOLUTIONS).then(), "number");
        }
        refused(api().body(resolutionBody(district, "17/NQ-HU")).post(RESOLUTIONS).then(), "number")
                .body("errors[0].message", containsString("17-NQ/HU"));
        refused(api().body(resolutionBody(district, "17-nq/hu")).post(RESOLUTIONS).then(), "number")
                .body("errors[0].message", containsString("\"NQ\""));
        refused(api().body(resolutionBody(district, "17-XX/HU")).post(RESOLUTIONS).then(), "number")
                .body("errors[0].message", containsString("QyĐ"));
        refused(api().body(resolutionBody(district, "17-NQ/ZZ")).post(RESOLUTIONS).then(), "number");
    }

    @Test
    void aNumberIsUniqueForItsTypeIssuerAndTerm() {
        String district = district("Huyện trùng số");
        resolution(district, "17-NQ/HU");
        api().body(resolutionBody(district, "17-NQ/HU")).post(RESOLUTIONS).then().statusCode(409).contentType(PROBLEM)
                .body("errors.field", contains("number"), "errors[0].message", containsString("2020-2025"));
        api().body(resolutionBody(district, "017-NQ/HU")).post(RESOLUTIONS).then().statusCode(409)
                .body("errors.field", contains("number"));
        resolution(district, "17-KH/HU");
        resolution(district("Huyện khác cùng số"), "17-NQ/HU");
        Map<String, Object> newTerm = resolutionBody(district, "17-NQ/HU");
        newTerm.put("term", "2025-2030");
        newTerm.put("issuedOn", "2025-01-15");
        api().body(newTerm).post(RESOLUTIONS).then().statusCode(201).body("term", equalTo("2025-2030"));
    }

    @Test
    void proposesTheNextFreeNumber() {
        String district = district("Huyện số tiếp theo");
        String commune = grassroots(district, "Xã số tiếp theo");
        nextNumber(district, "NQ", "2020-2025").body("number", equalTo("1-NQ/HU"));
        resolution(district, "17-NQ/HU");
        resolution(district, "5-NQ/HU");
        resolution(district, "05-KH/HU");
        nextNumber(district, "NQ", "2020-2025").body("number", equalTo("18-NQ/HU"));
        nextNumber(district, "KH", "2020-2025").body("number", equalTo("06-KH/HU"));
        nextNumber(district, "NQ", "2025-2030").body("number", equalTo("1-NQ/HU"));
        nextNumber(commune, "QĐ", "2020-2025").body("number", equalTo("1-QĐ/ĐU"));
        api().queryParam("documentType", "NQ").queryParam("term", "2020-2025").get(RESOLUTIONS + "/next-number")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("issuerId"));
        nextNumber(district, "NQ", "2020-2021").statusCode(400).body("errors.field", contains("term"));
        nextNumber(district, "XX", "2020-2025").statusCode(400).body("errors.field", contains("documentType"));
    }

    @Test
    void theIssuerMustFitItsCodeAndTheTypeTheNumber() {
        String district = district("Huyện cấp ban hành");
        String commune = grassroots(district, "Xã cấp ban hành");
        refused(api().body(resolutionBody(commune, "3-NQ/HU")).post(RESOLUTIONS).then(), "issuerId")
                .body("errors[0].message", containsString("GRASSROOTS"));
        refused(api().body(resolutionBody(district, "3-NQ/ĐU")).post(RESOLUTIONS).then(), "issuerId");
        refused(api().body(resolutionBody(branch(commune, "Chi bộ cấp ban hành"), "3-NQ/ĐU")).post(RESOLUTIONS)
                .then(), "issuerId");
        Map<String, Object> disagreeing = resolutionBody(district, "3-NQ/HU");
        disagreeing.put("documentType", "KH");
        refused(api().body(disagreeing).post(RESOLUTIONS).then(), "documentType");
        disagreeing.put("documentType", "NQ");
        api().body(disagreeing).post(RESOLUTIONS).then().statusCode(201);
    }

    @Test
    void termsDatesAndScopeFollowTheRules() {
        String district = district("Huyện nhiệm kỳ");
        String commune = grassroots(district, "Xã phạm vi");
        refused(withField(district, "term", "2020-2026"), "term").body("errors[0].message", containsString("2020-2025"));
        refused(withField(district, "term", "2020–2025"), "term");
        refused(withField(district, "issuedOn", LocalDate.now(Time.LOCAL).plusDays(1).toString()), "issuedOn");
        refused(withField(district, "issuedOn", "2019-12-31"), "issuedOn");
        refused(withField(district, "effectiveFrom", "2022-06-09"), "effectiveFrom");
        refused(withField(district, "effectiveTo", "2022-06-09"), "effectiveTo");
        refused(withField(district, "scopeOrganizationId", district("Huyện bên cạnh")), "scopeOrganizationId");
        refused(api().body(Map.of("number", "1-NQ/ĐU", "issuerId", commune, "term", "2020-2026",
                "issuedOn", "2022-06-10", "title", "Nhiều lỗi", "scopeOrganizationId", district))
                .post(RESOLUTIONS).then(), "scopeOrganizationId", "term");
        Map<String, Object> body = resolutionBody(district, "30-NQ/HU");
        body.putAll(Map.of("scopeOrganizationId", commune, "effectiveFrom", "2022-07-01", "effectiveTo", "2025-12-31"));
        api().body(body).post(RESOLUTIONS).then().statusCode(201)
                .body("scopeOrganizationId", equalTo(commune), "effectiveTo", equalTo("2025-12-31"));
    }

    @Test
    void listsFilterAndSearchIgnoringDiacritics() {
        String district = district("Huyện lọc văn bản");
        String commune = grassroots(district, "Xã lọc văn bản");
        String branch = branch(commune, "Chi bộ lọc văn bản");
        Map<String, Object> meetings = resolutionBody(district, "17-NQ/HU");
        meetings.putAll(Map.of("title", "Nâng cao chất lượng sinh hoạt chi bộ", "effectiveTo", "2023-12-31"));
        String first = api().body(meetings).post(RESOLUTIONS).then().statusCode(201).extract().path("id");
        String plan = resolution(district, "199-KH/HU");
        String communes = resolution(commune, "3-NQ/ĐU");
        resolution(district("Huyện không lọc"), "17-NQ/HU");
        list(Map.of("issuerId", district, "q", "sinh hoat chi bo")).body("items.id", contains(first));
        list(Map.of("issuerId", district, "q", "199-kh")).body("items.id", contains(plan));
        list(Map.of("scopeWithinId", district, "sort", "number,desc")).body("items.id", contains(plan, first, communes));
        list(Map.of("scopeWithinId", commune)).body("items.id", contains(communes));
        list(Map.of("appliesToId", branch)).body("items.id", containsInAnyOrder(first, plan, communes));
        list(Map.of("scopeWithinId", district, "documentType", "KH")).body("items.id", contains(plan));
        list(Map.of("scopeWithinId", district, "term", "2025-2030")).body("totalItems", is(0));
        list(Map.of("scopeWithinId", district, "effectiveOn", "2024-01-01")).body("items.id", not(hasItem(first)));
        list(Map.of("scopeWithinId", district, "effectiveOn", "2023-12-31")).body("items.id", hasItem(first));
        list(Map.of("term", "2020")).statusCode(400).body("errors.field", contains("term"));
        list(Map.of("documentType", "XX")).statusCode(400).body("errors.field", contains("documentType"));
        list(Map.of("sort", "secret,asc")).statusCode(400).body("errors.field", contains("sort"));
    }

    @Test
    void changesNeedTheCurrentVersionAndAreInTheHistory() {
        String district = district("Huyện sửa văn bản");
        String id = resolution(district, "17-NQ/HU");
        Map<String, Object> changed = resolutionBody(district, "17-NQ/HU");
        changed.put("title", "Nghị quyết chuyên đề (sửa đổi)");
        api().body(changed).put(RESOLUTION, id).then().statusCode(428).contentType(PROBLEM);
        api().header("If-Match", "\"7\"").body(changed).put(RESOLUTION, id).then().statusCode(412);
        api().header("If-Match", etag(RESOLUTION, id)).body(changed).put(RESOLUTION, id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Nghị quyết chuyên đề (sửa đổi)"));
        api().get(RESOLUTION + "/history", id).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"), "items[0].changes.field", contains("title"));
    }

    @Test
    void onlyAResolutionWithoutTargetsIsDeleted() {
        String district = district("Huyện xóa văn bản");
        String id = resolution(district, "17-NQ/HU");
        String target = target(id, indicatorBody("Kết nạp đảng viên"));
        api().delete(RESOLUTION, id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("17-NQ/HU"));
        api().delete(RESOLUTION + "/targets/{targetId}", id, target).then().statusCode(204);
        api().delete(RESOLUTION, id).then().statusCode(204);
        api().get(RESOLUTION, id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theConferenceMustBeOneTheIssuerHeld() {
        String district = district("Huyện hội nghị");
        String held = heldConference(district, "Hội nghị chuyên đề về sinh hoạt chi bộ");
        refused(withField(district, "conferenceId", held), "issuedOn");
        Map<String, Object> body = resolutionBody(district, "17-NQ/HU");
        body.putAll(Map.of("conferenceId", held, "issuedOn", "2023-09-01"));
        String id = api().body(body).post(RESOLUTIONS).then().statusCode(201).body("conferenceId", equalTo(held))
                .extract().path("id");
        api().get("/api/v1/conferences/{id}", held).then().statusCode(200).body("resolutionIds", contains(id));
        list(Map.of("conferenceId", held)).body("items.id", contains(id));
        api().body(Map.of("status", "RESOLUTION_ISSUED")).post("/api/v1/conferences/{id}/status", held).then()
                .statusCode(200);
        api().delete(RESOLUTION, id).then().statusCode(409).body("errors.field", contains("conferenceId"));
        body.remove("conferenceId");
        api().header("If-Match", etag(RESOLUTION, id)).body(body).put(RESOLUTION, id).then().statusCode(409)
                .body("errors.field", contains("conferenceId"));
        refused(withField(district, "conferenceId", conference(district, "Hội nghị chưa họp")), "conferenceId");
        refused(withField(district, "conferenceId", heldConference(district("Huyện khác"), "Hội nghị khác")),
                "conferenceId");
    }

    @Test
    void theIssuersOfficeWritesAndItsSubtreeReads() {
        String district = district("Huyện quyền văn bản");
        String commune = grassroots(district, "Xã quyền văn bản");
        String branch = branch(commune, "Chi bộ quyền văn bản");
        String districts = resolution(district, "17-NQ/HU");
        String elsewhere = resolution(district("Huyện ngoài quyền"), "17-NQ/HU");
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).body(resolutionBody(commune, "2-NQ/ĐU")).post(RESOLUTIONS).then().statusCode(201);
        as(officer).body(resolutionBody(district, "18-NQ/HU")).post(RESOLUTIONS).then().statusCode(403)
                .contentType(PROBLEM);
        as(tokenFor("DISTRICT_OFFICE", district)).body(resolutionBody(commune, "3-NQ/ĐU")).post(RESOLUTIONS)
                .then().statusCode(201);
        String secretary = tokenFor("BRANCH_SECRETARY", branch);
        as(secretary).get(RESOLUTION, districts).then().statusCode(200);
        as(secretary).get(RESOLUTION, elsewhere).then().statusCode(403).contentType(PROBLEM);
        as(secretary).get(RESOLUTIONS).then().statusCode(200)
                .body("items.id", hasItem(districts), "items.id", not(hasItem(elsewhere)));
        as(secretary).body(resolutionBody(branch, "1-NQ/CB")).post(RESOLUTIONS).then().statusCode(403);
        as(tokenFor("INSPECTOR", district)).delete(RESOLUTION, districts).then().statusCode(403);
    }

    private static ValidatableResponse nextNumber(String issuerId, String type, String term) {
        return api().queryParam("issuerId", issuerId).queryParam("documentType", type).queryParam("term", term)
                .get(RESOLUTIONS + "/next-number").then();
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return api().queryParams(query).get(RESOLUTIONS).then();
    }

    private static ValidatableResponse withField(String issuerId, String field, Object value) {
        Map<String, Object> body = resolutionBody(issuerId, vn.nennep.support.Fixtures.documentNumber("NQ", "HU"));
        body.put(field, value);
        return api().body(body).post(RESOLUTIONS).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String... fields) {
        return response.statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"), "errors.field", containsInAnyOrder(fields));
    }
}
