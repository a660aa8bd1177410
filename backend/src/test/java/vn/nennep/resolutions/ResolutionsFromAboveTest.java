package vn.nennep.resolutions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.create;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.documentNumber;
import static vn.nennep.support.Fixtures.etag;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.heldConference;
import static vn.nennep.support.Fixtures.indicatorBody;
import static vn.nennep.support.Fixtures.reportBody;
import static vn.nennep.support.Fixtures.resolutionBody;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents from above (issue 10): a resolution whose issuer is outside the tree (Bộ Chính trị, Tỉnh ủy Thanh Hóa),
 * named in {@code issuerName}, registered and kept by the office of the organization it applies to.
 */
@QuarkusTest
class ResolutionsFromAboveTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String RESOLUTIONS = "/api/v1/resolutions";
    private static final String RESOLUTION = "/api/v1/resolutions/{id}";
    private static final String TARGETS = RESOLUTION + "/targets";
    private static final String REPORTS = TARGETS + "/{targetId}/reports";

    @Test
    void registersReadsListsAndExportsDocumentsFromAbove() {
        forgetEarlier("57-NQ/TW");
        forgetEarlier("25-KH/TU");
        String district = district("Huyện Triệu Sơn văn bản cấp trên");
        String commune = grassroots(district, "Xã Dân Lực văn bản cấp trên");
        String office = tokenFor("DISTRICT_OFFICE", district);
        Map<String, Object> politburo = fromAbove("57-NQ/TW", " Bộ Chính trị ", district);
        politburo.putAll(Map.of("term", "2021-2026", "issuedOn", "2024-12-22", "title",
                "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"));
        String nq57 = as(office).body(politburo).post(RESOLUTIONS).then().statusCode(201).header("ETag", "\"0\"")
                .body("number", equalTo("57-NQ/TW"), "sequence", is(57), "documentType", equalTo("NQ"),
                        "issuerId", nullValue(), "issuerName", equalTo("Bộ Chính trị"), "term", equalTo("2021-2026"),
                        "scopeOrganizationId", equalTo(district), "effectiveFrom", equalTo("2024-12-22"),
                        "conferenceId", nullValue())
                .extract().path("id");
        Map<String, Object> province = fromAbove("25-KH/TU", "Tỉnh ủy Thanh Hóa", district);
        province.putAll(Map.of("issuedOn", "2025-03-10", "title", "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"));
        String kh25 = as(office).body(province).post(RESOLUTIONS).then().statusCode(201)
                .body("number", equalTo("25-KH/TU"), "documentType", equalTo("KH"), "issuerId", nullValue(),
                        "issuerName", equalTo("Tỉnh ủy Thanh Hóa"))
                .extract().path("id");

        api().get(RESOLUTION, nq57).then().statusCode(200).header("ETag", "\"0\"")
                .body("issuerName", equalTo("Bộ Chính trị"), "issuerId", nullValue());
        as(tokenFor("BRANCH_SECRETARY", branch(commune, "Chi bộ văn bản cấp trên"))).get(RESOLUTION, kh25).then()
                .statusCode(200).body("issuerName", equalTo("Tỉnh ủy Thanh Hóa"));
        list(Map.of("scopeWithinId", district, "q", "Bộ Chính trị")).body("items.id", contains(nq57));
        list(Map.of("scopeWithinId", district, "q", "tinh uy thanh hoa")).body("items.id", contains(kh25));
        list(Map.of("scopeWithinId", district, "q", "57-NQ/TW")).body("items.id", containsInAnyOrder(nq57, kh25));
        list(Map.of("scopeWithinId", district, "sort", "issuedOn,asc"))
                .body("items.issuerName", contains("Bộ Chính trị", "Tỉnh ủy Thanh Hóa"));

        String csv = api().accept("text/csv").queryParam("scopeWithinId", district).queryParam("sort", "issuedOn,asc")
                .get(RESOLUTIONS).then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).endsWith(",effectiveTo,targetCount,version,createdAt,updatedAt,issuerName"),
                lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(1).startsWith(nq57 + ",") && lines.get(1).endsWith(",Bộ Chính trị"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",Tỉnh ủy Thanh Hóa"), lines.get(2));

        api().get(RESOLUTION + "/history", nq57).then().statusCode(200)
                .body("items.operation", contains("CREATE"),
                        "items[0].changes.find { it.field == 'issuerName' }.to", equalTo("Bộ Chính trị"));
        Map<String, Object> renamed = new HashMap<>(politburo);
        renamed.put("issuerName", "Ban Chấp hành Trung ương");
        as(office).header("If-Match", etag(RESOLUTION, nq57)).body(renamed).put(RESOLUTION, nq57).then()
                .statusCode(200).body("issuerName", equalTo("Ban Chấp hành Trung ương"));
        api().get(RESOLUTION + "/history", nq57).then().statusCode(200)
                .body("items.operation", contains("UPDATE", "CREATE"), "items[0].changes.field", contains("issuerName"),
                        "items[0].changes[0].from", equalTo("Bộ Chính trị"));
        as(office).header("If-Match", etag(RESOLUTION, nq57)).body(politburo).put(RESOLUTION, nq57).then()
                .statusCode(200).body("issuerName", equalTo("Bộ Chính trị"));
    }

    @Test
    void oneIssuerAScopeAndNoConference() {
        String district = district("Huyện quy tắc cấp trên");
        String issuer = code("Ban Bí thư");
        Map<String, Object> neither = fromAbove(documentNumber("CT", "TW"), issuer, district);
        neither.remove("issuerName");
        refused(api().body(neither).post(RESOLUTIONS).then(), "issuerId");
        Map<String, Object> both = fromAbove(documentNumber("CT", "TW"), issuer, district);
        both.put("issuerId", district);
        refused(api().body(both).post(RESOLUTIONS).then(), "issuerName");
        Map<String, Object> noScope = fromAbove(documentNumber("CT", "TW"), issuer, district);
        noScope.remove("scopeOrganizationId");
        refused(api().body(noScope).post(RESOLUTIONS).then(), "scopeOrganizationId")
                .body("errors[0].message", containsString(issuer));
        Map<String, Object> fromConference = fromAbove(documentNumber("CT", "TW"), issuer, district);
        fromConference.putAll(Map.of("conferenceId", heldConference(district, "Hội nghị không ban hành văn bản TW"),
                "issuedOn", "2023-09-01"));
        refused(api().body(fromConference).post(RESOLUTIONS).then(), "conferenceId");
        refused(api().body(fromAbove(documentNumber("CT", "TW"), "x".repeat(201), district)).post(RESOLUTIONS)
                .then(), "issuerName");
        refused(api().body(fromAbove("57/NQ-TW", issuer, district)).post(RESOLUTIONS).then(), "number");
        refused(api().body(fromAbove(documentNumber("NQ", "ZZ"), issuer, district)).post(RESOLUTIONS).then(), "number")
                .body("errors[0].message", containsString("BTGDVTW"));
        api().body(fromAbove(documentNumber("HD", "BTGDVTW"), code("Ban Tuyên giáo và Dân vận Trung ương"),
                district)).post(RESOLUTIONS).then().statusCode(201);
    }

    @Test
    void aTreeIssuerCannotWriteTheCentresCodes() {
        String district = district("Huyện không ghi TW");
        refused(api().body(resolutionBody(district, documentNumber("NQ", "TW"))).post(RESOLUTIONS).then(), "issuerId")
                .body("errors[0].message", containsString("Trung ương"));
        for (String code : new String[] {"BTCTW", "BTGDVTW", "UBKTTW", "VPTW"}) {
            refused(api().body(resolutionBody(district, documentNumber("HD", code))).post(RESOLUTIONS).then(),
                    "issuerId");
        }
        api().header("Accept-Language", "en").body(resolutionBody(district, documentNumber("NQ", "TW")))
                .post(RESOLUTIONS).then().statusCode(422).body("errors[0].message", containsString("central"));
    }

    @Test
    void onlyTheScopesOfficeRegistersAndKeepsIt() {
        String district = district("Huyện quyền văn bản cấp trên");
        String commune = grassroots(district, "Xã quyền văn bản cấp trên");
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        String issuer = code("Tỉnh ủy Thanh Hóa");
        as(officer).body(fromAbove(documentNumber("KH", "TU"), issuer, district)).post(RESOLUTIONS).then()
                .statusCode(403).contentType(PROBLEM);
        as(tokenFor("DISTRICT_OFFICE", district("Huyện bên cạnh cấp trên")))
                .body(fromAbove(documentNumber("KH", "TU"), issuer, district)).post(RESOLUTIONS).then().statusCode(403);
        as(tokenFor("INSPECTOR", district)).body(fromAbove(documentNumber("KH", "TU"), issuer, district))
                .post(RESOLUTIONS).then().statusCode(403);
        Map<String, Object> communes = fromAbove(documentNumber("KH", "TU"), issuer, commune);
        String id = as(officer).body(communes).post(RESOLUTIONS).then().statusCode(201)
                .body("scopeOrganizationId", equalTo(commune)).extract().path("id");
        as(tokenFor("DISTRICT_OFFICE", district)).body(fromAbove(documentNumber("KH", "TU"), issuer, commune))
                .post(RESOLUTIONS).then().statusCode(201);
        as(tokenFor("INSPECTOR", district)).delete(RESOLUTION, id).then().statusCode(403);
        as(tokenFor("GRASSROOTS_OFFICER", grassroots(district, "Xã khác cấp trên"))).delete(RESOLUTION, id).then()
                .statusCode(403);
        communes.put("title", "Kế hoạch thực hiện (sửa đổi)");
        as(officer).header("If-Match", etag(RESOLUTION, id)).body(communes).put(RESOLUTION, id).then()
                .statusCode(200).body("title", equalTo("Kế hoạch thực hiện (sửa đổi)"));
        Map<String, Object> widened = new HashMap<>(communes);
        widened.put("scopeOrganizationId", district);
        as(officer).header("If-Match", etag(RESOLUTION, id)).body(widened).put(RESOLUTION, id).then()
                .statusCode(403);
        as(officer).delete(RESOLUTION, id).then().statusCode(204);
    }

    @Test
    void numbersFromAboveAreUniquePerIssuerName() {
        String district = district("Huyện trùng số cấp trên");
        String issuer = code("Tỉnh ủy Nghệ An");
        String number = documentNumber("NQ", "TU");
        as(tokenFor("DISTRICT_OFFICE", district)).body(fromAbove(number, issuer, district)).post(RESOLUTIONS).then()
                .statusCode(201);
        api().body(fromAbove(number, issuer, district)).post(RESOLUTIONS).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:conflict"), "errors.field", contains("number"),
                        "errors[0].message", containsString(issuer));
        api().body(fromAbove(number, "  " + issuer.toUpperCase() + " ", district(code("Huyện khác"))))
                .post(RESOLUTIONS).then().statusCode(409).body("errors.field", contains("number"));
        api().body(fromAbove(number, code("Tỉnh ủy Hà Tĩnh"), district)).post(RESOLUTIONS).then().statusCode(201);
        Map<String, Object> newTerm = fromAbove(number, issuer, district);
        newTerm.putAll(Map.of("term", "2025-2030", "issuedOn", "2025-10-20"));
        api().body(newTerm).post(RESOLUTIONS).then().statusCode(201);
        api().body(fromAbove(number.replace("-NQ/", "-KH/"), issuer, district)).post(RESOLUTIONS).then()
                .statusCode(201);
        String province = create("PROVINCE", code("Tỉnh ủy trong hệ thống"), null);
        api().body(resolutionBody(province, number)).post(RESOLUTIONS).then().statusCode(201)
                .body("issuerId", equalTo(province), "issuerName", nullValue());
    }

    @Test
    void targetsOfADocumentFromAboveAreKeptByItsScopesOffice() {
        String district = district("Huyện chỉ tiêu cấp trên");
        String commune = grassroots(district, "Xã chỉ tiêu cấp trên");
        String office = tokenFor("DISTRICT_OFFICE", district);
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        String id = as(office).body(fromAbove(documentNumber("NQ", "TW"), code("Bộ Chính trị"), district))
                .post(RESOLUTIONS).then().statusCode(201).extract().path("id");
        as(officer).body(indicatorBody("Kết nạp đảng viên")).post(TARGETS, id).then().statusCode(403);
        String target = as(office).body(indicatorBody("Kết nạp 40 đảng viên")).post(TARGETS, id).then()
                .statusCode(201).extract().path("id");
        api().get(RESOLUTION, id).then().statusCode(200).body("targetCount", is(1));
        list(Map.of("scopeWithinId", district, "hasTargets", "true")).body("items.id", hasItem(id));
        String report = as(officer).body(reportBody(commune, "2023-01-01", 40)).post(REPORTS, id, target).then()
                .statusCode(201).extract().path("id");
        as(officer).post(REPORTS + "/{reportId}/submit", id, target, report).then().statusCode(200);
        as(tokenFor("DISTRICT_OFFICE", district("Huyện khác chỉ tiêu"))).body(Map.of("reason", "Thiếu hồ sơ"))
                .post(REPORTS + "/{reportId}/return", id, target, report).then().statusCode(403);
        as(office).post(REPORTS + "/{reportId}/accept", id, target, report).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        as(office).delete(RESOLUTION, id).then().statusCode(409).contentType(PROBLEM);
    }

    /** A document from above: {@code number} of {@code issuerName} in the 2020-2025 term, applying to the scope. */
    private static Map<String, Object> fromAbove(String number, String issuerName, String scopeId) {
        return new HashMap<>(Map.of("number", number, "issuerName", issuerName, "term", "2020-2025",
                "issuedOn", "2022-06-10", "title", "Văn bản của cấp trên số " + number, "scopeOrganizationId",
                scopeId));
    }

    /** The test database outlives a run: an earlier run's document from above with this fixed number goes first. */
    private static void forgetEarlier(String number) {
        List<String> earlier = api().queryParam("q", number).queryParam("size", 100).get(RESOLUTIONS).then()
                .statusCode(200).extract().jsonPath().param("number", number)
                .getList("items.findAll { it.number == number && it.issuerId == null }.id", String.class);
        earlier.forEach(id -> api().delete(RESOLUTION, id).then().statusCode(204));
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return api().queryParams(query).get(RESOLUTIONS).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String... fields) {
        return response.statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"), "errors.field", containsInAnyOrder(fields));
    }
}
