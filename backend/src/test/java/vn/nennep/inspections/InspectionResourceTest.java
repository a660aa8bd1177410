package vn.nennep.inspections;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.inspections.InspectionFixtures.BASE;
import static vn.nennep.inspections.InspectionFixtures.ONE;
import static vn.nennep.inspections.InspectionFixtures.body;
import static vn.nennep.inspections.InspectionFixtures.conclusion;
import static vn.nennep.inspections.InspectionFixtures.finding;
import static vn.nennep.inspections.InspectionFixtures.remedy;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Creating and editing an inspection: what it shows, and each kind of bad input named by its field. */
@QuarkusTest
class InspectionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void aNewInspectionIsPlannedWithItsTeamAndTheNamesOfItsSubjects() {
        String district = district("Huyện Triệu Sơn thử");
        String commune = grassroots(district, "Đảng bộ xã Dân Lực");
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        Map<String, Object> body = body(district, commune);
        body.put("resolutionIds", List.of(resolution));
        String id = api().body(body).post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/")).header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED"), "allowedTransitions", contains("IN_PROGRESS", "CANCELLED"),
                        "subjectNames", contains("Đảng bộ xã Dân Lực"), "resolutionIds", contains(resolution),
                        "team[0].role", equalTo("HEAD"), "team[1].fullName", equalTo("Hà Thị Thànhviên"),
                        "conclusion", nullValue(), "findings", hasSize(0), "openRemedies", is(0),
                        "overdueRemedies", is(0), "version", is(0))
                .extract().path("id");
        api().get(ONE, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("planNumber", equalTo(body.get("planNumber")), "plannedTo", equalTo("2024-05-17"));
    }

    @Test
    void thePlanNumberIsAPartyDocumentNumberUniquePerCommitteeAndKind() {
        String district = district("Huyện số kế hoạch");
        String commune = grassroots(district, "Xã số kế hoạch");
        Map<String, Object> body = body(district, commune);
        body.put("planNumber", "kế hoạch 12");
        api().body(body).post(BASE).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("planNumber"));
        body.put("planNumber", "35-QĐ/HU");
        api().body(body).post(BASE).then().statusCode(201).body("planNumber", equalTo("35-QĐ/HU"));
        api().body(body).post(BASE).then().statusCode(409).contentType(PROBLEM)
                .body("errors.field", contains("planNumber"));
        body.put("kind", "SUPERVISION");
        api().body(body).post(BASE).then().statusCode(201);
        api().queryParam("organizationId", district).get(BASE).then().statusCode(200).body("totalItems", is(2));
    }

    @Test
    void theTeamHasExactlyOneHeadAndNothingIsWrittenOtherwise() {
        String district = district("Huyện trưởng đoàn");
        String commune = grassroots(district, "Xã trưởng đoàn");
        Map<String, Object> body = body(district, commune);
        body.put("team", List.of(Map.of("fullName", "Lê Văn A", "role", "MEMBER")));
        api().body(body).post(BASE).then().statusCode(422).body("errors.field", contains("team"))
                .body("errors[0].message", containsString("0"));
        body.put("team", List.of(Map.of("fullName", "Lê Văn A", "role", "HEAD"),
                Map.of("fullName", "Lê Văn B", "role", "HEAD")));
        api().body(body).post(BASE).then().statusCode(422).body("errors.field", contains("team"));
        api().queryParam("organizationId", district).get(BASE).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void subjectsStayInTheCommitteesSubtreeAndDocumentsMustBeReadable() {
        String district = district("Huyện đối tượng");
        String commune = grassroots(district, "Xã đối tượng");
        String elsewhere = grassroots(district("Huyện khác đối tượng"), "Xã huyện khác");
        String communeCommittee = grassroots(district, "Xã quyết định");
        Map<String, Object> body = body(district, commune, elsewhere);
        body.put("resolutionIds", List.of(UNKNOWN));
        body.put("plannedTo", "2024-05-01");
        api().body(body).post(BASE).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("plannedTo", "subjectOrganizationIds[1]", "resolutionIds[0]"));
        // A commune's inspection cannot take the district, above it, as a subject.
        api().body(body(communeCommittee, district)).post(BASE).then().statusCode(422)
                .body("errors.field", contains("subjectOrganizationIds[0]"));
        // Only a district or grassroots committee decides.
        api().body(body(branch(commune, "Chi bộ quyết định"), commune)).post(BASE).then().statusCode(422)
                .body("errors.field", contains("organizationId"));
        api().queryParam("organizationId", district).get(BASE).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void theConclusionIsAKlDocumentAndRemediesFollowIt() {
        String district = district("Huyện kết luận");
        String commune = grassroots(district, "Xã kết luận");
        String other = grassroots(district, "Xã không là đối tượng");
        Map<String, Object> body = body(district, commune);
        body.put("conclusion", Map.of("number", Fixtures.documentNumber("NQ", "HU"), "issuedOn", "2024-05-20",
                "text", "Kết luận"));
        body.put("findings", List.of(finding(commune, "GOOD"), finding(other, "GOOD")));
        Map<String, Object> waived = new HashMap<>(remedy(commune, "2024-06-30", "WAIVED"));
        waived.remove("waivedReason");
        Map<String, Object> done = new HashMap<>(remedy(commune, "2024-06-30", "DONE"));
        done.remove("doneOn");
        body.put("remedies", List.of(remedy(commune, "2024-05-19", "OPEN"), waived, done));
        api().body(body).post(BASE).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("findings[1].organizationId", "remedies[0].dueOn",
                        "remedies[1].waivedReason", "remedies[2].doneOn", "conclusion.number"))
                .body("errors.find { it.field == 'conclusion.number' }.message", containsString("KL"))
                .body("errors.find { it.field == 'remedies[0].dueOn' }.message", containsString("20/05/2024"));
        api().queryParam("organizationId", district).get(BASE).then().statusCode(200).body("totalItems", is(0));
        body.put("conclusion", conclusion("HU"));
        body.put("findings", List.of(finding(commune, "SHORTCOMINGS")));
        body.put("remedies", List.of(remedy(commune, "2024-05-20", "OPEN"), remedy(commune, "2024-06-30", "DONE"),
                remedy(commune, "2024-06-30", "WAIVED")));
        api().body(body).post(BASE).then().statusCode(201).body("status", equalTo("PLANNED"),
                "openRemedies", is(1), "remedies[1].doneOn", equalTo("2024-06-20"),
                "remedies[0].waivedReason", nullValue());
    }

    @Test
    void anEditNeedsTheCurrentVersionAndKeepsWhatTheBodyLeavesOut() {
        String district = district("Huyện sửa kiểm tra");
        String commune = grassroots(district, "Xã sửa kiểm tra");
        Map<String, Object> body = body(district, commune);
        String id = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        body.put("title", "Kiểm tra việc xây dựng chương trình hành động");
        api().body(body).put(ONE, id).then().statusCode(428);
        api().header("If-Match", "\"7\"").body(body).put(ONE, id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put(ONE, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Kiểm tra việc xây dựng chương trình hành động"));
        // The same body again changes nothing.
        api().header("If-Match", "\"1\"").body(body).put(ONE, id).then().statusCode(200).header("ETag", "\"1\"");
        body.put("team", List.of());
        api().header("If-Match", "\"1\"").body(body).put(ONE, id).then().statusCode(422)
                .body("errors.field", contains("team"));
        api().get(ONE, id).then().body("team", hasSize(2), "version", is(1));
    }

    @Test
    void listsFilterByTreeSubjectDocumentKindStatusDatesAndTextIgnoringDiacritics() {
        String district = district("Huyện lọc kiểm tra");
        String communeA = grassroots(district, "Xã Thọ Dân");
        String communeB = grassroots(district, "Xã Xuân Thọ");
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        Map<String, Object> first = body(district, communeA);
        first.put("title", "Kiểm tra thực hiện nghị quyết về chuyển đổi số");
        first.put("resolutionIds", List.of(resolution));
        String a = api().body(first).post(BASE).then().statusCode(201).extract().path("id");
        Map<String, Object> second = body(district, communeB);
        second.put("kind", "SUPERVISION");
        second.put("plannedFrom", "2023-09-04");
        second.put("plannedTo", "2023-09-08");
        String b = api().body(second).post(BASE).then().statusCode(201).extract().path("id");
        Map<String, Object> third = body(communeB, communeB);
        third.put("plannedFrom", "2024-03-01");
        String c = api().body(third).post(BASE).then().statusCode(201).extract().path("id");
        api().body(Map.of("status", "CANCELLED")).post(ONE + "/status", c).then().statusCode(200);

        api().queryParam("organizationId", district).get(BASE).then().statusCode(200)
                .body("items.id", contains(a, c, b));
        // A commune's subtree: its own inspections and those of which it is a subject.
        api().queryParam("organizationId", communeB).get(BASE).then().body("items.id", contains(c, b));
        api().queryParam("subjectOrganizationId", communeA).get(BASE).then().body("items.id", contains(a));
        api().queryParam("resolutionId", resolution).get(BASE).then().body("items.id", contains(a));
        api().queryParam("organizationId", district).queryParam("kind", "SUPERVISION").get(BASE).then()
                .body("items.id", contains(b));
        api().queryParam("organizationId", district).queryParam("status", "CANCELLED").get(BASE).then()
                .body("items.id", contains(c));
        api().queryParam("organizationId", district).queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get(BASE).then().body("items.id", contains(b));
        api().queryParam("organizationId", district).queryParam("q", "CHUYEN DOI SO").get(BASE).then()
                .body("items.id", contains(a));
        api().queryParam("organizationId", district).queryParam("sort", "planNumber,asc").get(BASE).then()
                .body("items", hasSize(3));
        api().queryParam("organizationId", district).queryParam("overdueRemedies", "true").get(BASE).then()
                .body("items", hasSize(0));
        api().queryParam("overdueRemedies", "maybe").get(BASE).then().statusCode(400).contentType(PROBLEM);
        api().queryParam("sort", "title").get(BASE).then().statusCode(400);
        api().queryParam("organizationId", district).get(BASE).then().body("items.id", not(hasItem(UNKNOWN)));
    }
}
