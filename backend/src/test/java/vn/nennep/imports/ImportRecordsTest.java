package vn.nennep.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.NDJSON;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/** Organizations, members, indicator reports and recommendations: through their services, referring by external id. */
@QuarkusTest
class ImportRecordsTest {

    @Test
    void organizationsReferToParentsEarlierInTheFileAndToStoredOnes() {
        ImportWorld w = new ImportWorld();
        String communeKey = w.key("XA");
        String csv = "Mã ngoài,Mã,Tên,Loại,Cấp trên (mã ngoài)\n"
                + communeKey + "," + Fixtures.code("XA") + ",Đảng ủy xã Tân Trường," + "GRASSROOTS,\n"
                + w.key("CB1") + "," + Fixtures.code("CB") + ",\"Chi bộ thôn Tân Trường, số 1\",BRANCH," + communeKey
                + "\n" + w.key("CB2") + "," + Fixtures.code("CB") + ",Chi bộ thôn Lạc,BRANCH,KHONG-CO\n";
        String withParent = csv.replace("GRASSROOTS,\n", "GRASSROOTS,\n").replace(",GRASSROOTS,", ",GRASSROOTS,");
        // The commune's parent is the stored district, by id.
        String body = withParent.replace("Cấp trên (mã ngoài)", "Cấp trên (mã ngoài),parentId")
                .replace("GRASSROOTS,\n", "GRASSROOTS,," + w.district + "\n")
                .replace("," + communeKey + "\n", "," + communeKey + ",\n").replace(",KHONG-CO\n", ",KHONG-CO,\n");
        post("organizations", null, CSV, utf8(body)).statusCode(200)
                .body("created", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("parentExternalId"));
        String commune = api().get("/api/v1/organizations?externalId={k}", communeKey).then().statusCode(200)
                .body("items[0].parentId", equalTo(w.district)).extract().path("items[0].id");
        api().get("/api/v1/organizations?externalId={k}", w.key("CB1")).then()
                .body("items[0].parentId", equalTo(commune)).body("items[0].name", equalTo("Chi bộ thôn Tân Trường, số 1"));
        // Again: unchanged; a rule of PUT /organizations (a branch under a branch) is an error row.
        post("organizations", null, CSV, utf8(body)).statusCode(200).body("unchanged", equalTo(2));
        String ndjson = "{\"externalId\": \"" + w.key("CB3") + "\", \"code\": \"" + Fixtures.code("CB")
                + "\", \"name\": \"Chi bộ lạc chỗ\", \"type\": \"BRANCH\", \"parentExternalId\": \"" + w.key("CB1")
                + "\"}\n";
        post("organizations", null, NDJSON, utf8(ndjson)).statusCode(200).body("failed", equalTo(1))
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void aRowItsServiceRefusesLeavesTheRowsAroundItWritten() {
        ImportWorld w = new ImportWorld();
        String taken = Fixtures.code("CB");
        String ndjson = organization(w.key("R1"), taken, w.commune) // written
                + organization(w.key("R2"), Fixtures.code("CB"), w.branchA) // a branch under a branch: 422
                + organization(w.key("R3"), taken, w.commune) // the code of row 1: 409
                + organization(w.key("R4"), Fixtures.code("CB"), w.commune); // written after two refusals
        post("organizations", null, NDJSON, utf8(ndjson)).statusCode(200).body("committed", equalTo(true))
                .body("created", equalTo(2)).body("failed", equalTo(2))
                .body("errors.row", org.hamcrest.Matchers.contains(2, 3))
                .body("errors.field", org.hamcrest.Matchers.contains("parentId", "code"));
        for (String key : List.of(w.key("R1"), w.key("R4"))) {
            api().get("/api/v1/organizations?externalId={k}", key).then().statusCode(200)
                    .body("items.size()", equalTo(1));
        }
        api().get("/api/v1/organizations?externalId={k}", w.key("R2")).then().body("items.size()", equalTo(0));
    }

    private static String organization(String key, String code, String parentId) {
        return "{\"externalId\": \"" + key + "\", \"code\": \"" + code + "\", \"name\": \"Chi bộ " + key
                + "\", \"type\": \"BRANCH\", \"parentId\": \"" + parentId + "\"}\n";
    }

    @Test
    void membersJoinTheirBranchByItsExternalIdAndUpdatesCount() {
        ImportWorld w = new ImportWorld();
        String csv = "Mã ngoài,Chi bộ (mã ngoài),Họ và tên,Loại đảng viên,Ngày vào Đảng\n"
                + w.key("DV1") + "," + w.branchAKey + ",Nguyễn Văn An,FULL,1998-05-19\n"
                + w.key("DV2") + "," + w.branchAKey + ",Trần Thị Bình,PROBATIONARY,2024-02-03\n"
                + w.key("DV3") + "," + w.branchAKey + ",Lê Văn Cường,FULL,2999-01-01\n";
        post("members", null, CSV, utf8(csv)).statusCode(200).body("created", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("joinedOn"));
        api().get("/api/v1/organizations/{id}/members?externalId={k}", w.branchA, w.key("DV1")).then()
                .statusCode(200).body("items[0].fullName", equalTo("Nguyễn Văn An"));
        String changed = csv.replace("Trần Thị Bình,PROBATIONARY", "Trần Thị Bình,FULL");
        post("members", null, CSV, utf8(changed)).statusCode(200)
                .body("unchanged", equalTo(1)).body("updated", equalTo(1)).body("failed", equalTo(1));
        api().get("/api/v1/organizations/{id}", w.branchA).then().body("memberCount", equalTo(2));
    }

    @Test
    void indicatorReportsReferToTheirResolutionTargetAndOrganization() {
        ImportWorld w = new ImportWorld();
        String resolution = Fixtures.resolution(w.district, Fixtures.documentNumber("NQ", "HU"));
        String target = Fixtures.target(resolution, Fixtures.indicatorBody("Kết nạp đảng viên mới"));
        List<Map<String, Object>> rows = List.of(
                Map.of("externalId", w.key("BC1"), "resolutionId", resolution, "targetId", target,
                        "organizationExternalId", w.branchAKey, "periodStart", "2023-01-01", "periodEnd", "2023-12-31",
                        "value", 12, "evidence", "Danh sách kết nạp năm 2023"),
                Map.of("externalId", w.key("BC2"), "resolutionId", resolution, "targetId", target,
                        "organizationId", w.branchB, "periodStart", "2023-01-01", "periodEnd", "2023-12-31",
                        "value", -3, "evidence", "Số âm"));
        api().contentType("application/json").body(rows).post("/api/v1/imports/indicator-reports").then()
                .statusCode(200).body("created", equalTo(1)).body("failed", equalTo(1))
                .body("errors[0].field", equalTo("value"));
        api().contentType("application/json").body(rows.subList(0, 1)).post("/api/v1/imports/indicator-reports")
                .then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void recommendationsAreCreatedOnceAndNotChangedByImport() {
        ImportWorld w = new ImportWorld();
        String department = Fixtures.create("DEPARTMENT", "Phòng Nông nghiệp", w.district);
        String zone = Fixtures.zone(w.district, Fixtures.code("Khu"), List.of(w.commune));
        String heldOn = LocalDate.now(Time.LOCAL).minusMonths(1).withDayOfMonth(7).toString();
        String briefing = Fixtures.briefing(zone, w.commune, heldOn);
        Map<String, Object> row = new java.util.HashMap<>(Fixtures.recommendationBody(briefing, w.branchA, department));
        row.remove("raisedById");
        row.put("raisedByExternalId", w.branchAKey);
        row.put("externalId", w.key("KN1"));
        api().contentType("application/json").body(List.of(row)).post("/api/v1/imports/recommendations").then()
                .statusCode(200).body("created", equalTo(1));
        api().contentType("application/json").body(List.of(row)).post("/api/v1/imports/recommendations").then()
                .statusCode(200).body("unchanged", equalTo(1));
        row.put("title", "Tiêu đề khác");
        api().contentType("application/json").body(List.of(row)).post("/api/v1/imports/recommendations").then()
                .statusCode(200).body("failed", equalTo(1)).body("errors[0].message", containsString("kiến nghị"));
    }
}
