package vn.nennep.imports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.JSON;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.imports.spi.ImportTemplate;
import vn.nennep.support.Fixtures;

/**
 * The CSV template of each resource (GET /imports/{resource}/template), and the columns row errors name: a user fills
 * the template and reads the errors in the words of the file's own headers.
 */
@QuarkusTest
class ImportTemplateTest {

    private static final Map<String, String> FILES = Map.of("organizations", "mau-nhap-to-chuc-dang.csv",
            "members", "mau-nhap-dang-vien.csv", "meetings", "mau-nhap-bien-ban-sinh-hoat.csv",
            "recommendations", "mau-nhap-kien-nghi.csv", "indicator-reports", "mau-nhap-bao-cao-chi-tieu.csv");

    @Test
    void eachTemplateHasVietnameseHeadersAndAnExampleRowThatImportsCleanly() {
        ImportWorld w = new ImportWorld();
        // The records the example rows name by their sample external ids, made here under this run's own ids.
        String commune = w.key("XA");
        Fixtures.organization(Map.of("code", Fixtures.code("XA"), "name", "Đảng ủy xã mẫu " + w.prefix,
                "type", "GRASSROOTS", "externalId", commune), w.district);
        String department = w.key("PHONG");
        Fixtures.organization(Map.of("code", Fixtures.code("PH"), "name", "Phòng Nông nghiệp " + w.prefix,
                "type", "DEPARTMENT", "externalId", department), w.district);
        String zone = Fixtures.zone(w.district, Fixtures.code("Khu"), List.of(w.commune));
        String briefing = w.key("GB");
        api().body(Map.of("zoneId", zone, "hostOrganizationId", w.commune, "externalId", briefing, "heldOn",
                LocalDate.now(Time.LOCAL).minusMonths(1).withDayOfMonth(7).toString()))
                .post("/api/v1/briefings").then().statusCode(201);
        String resolution = w.key("NQ");
        Map<String, Object> body = Fixtures.resolutionBody(w.district, Fixtures.documentNumber("NQ", "HU"));
        body.put("externalId", resolution);
        String resolutionId = api().body(body).post("/api/v1/resolutions").then().statusCode(201).extract().path("id");
        String target = w.key("CT");
        Map<String, Object> indicator = new java.util.HashMap<>(Fixtures.indicatorBody("Kết nạp đảng viên mới"));
        indicator.put("externalId", target);
        Fixtures.target(resolutionId, indicator);
        Map<String, String> references = Map.of(ImportTemplate.BRANCH, w.branchAKey, ImportTemplate.COMMUNE,
                commune, ImportTemplate.DEPARTMENT, department, ImportTemplate.BRIEFING, briefing,
                ImportTemplate.RESOLUTION, resolution, ImportTemplate.TARGET, target);

        for (String resource : List.of("organizations", "members", "meetings", "recommendations",
                "indicator-reports")) {
            byte[] file = api().accept("text/csv").get("/api/v1/imports/{resource}/template", resource).then()
                    .statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", "attachment; filename=\"" + FILES.get(resource) + "\"")
                    .extract().asByteArray();
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3), resource);
            String csv = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
            String[] lines = csv.split("\r\n");
            assertEquals(2, lines.length, resource + ": a header row and one example row");
            assertEquals("Mã ngoài", lines[0].split(",")[0], resource);
            for (var reference : references.entrySet()) {
                csv = csv.replace(reference.getKey(), reference.getValue());
            }
            var result = post(resource, "dryRun=true", CSV, utf8(csv)).statusCode(200).extract().jsonPath();
            assertEquals(List.of(), result.getList("errors"), resource + ": the example row imports cleanly");
            assertEquals(1, result.getInt("created"), resource);
            assertEquals(false, result.getBoolean("committed"), resource);
        }
    }

    /**
     * The fifth process's resources have templates too, named in Vietnamese with Vietnamese headers; that each
     * example row imports cleanly is checked beside their importers (StudyImportAndFeedTest, InspectionRecordsTest).
     */
    @Test
    void theStudyAndInspectionResourcesHaveTemplatesInVietnamese() {
        Map<String, String> files = Map.of("study-plans", "mau-nhap-ke-hoach-hoc-tap.csv",
                "action-plans", "mau-nhap-ke-hoach-hanh-dong.csv", "study-sessions", "mau-nhap-hoi-nghi-hoc-tap.csv",
                "inspections", "mau-nhap-kiem-tra-giam-sat.csv");
        for (var entry : files.entrySet()) {
            byte[] file = api().accept("text/csv").get("/api/v1/imports/{resource}/template", entry.getKey()).then()
                    .statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", "attachment; filename=\"" + entry.getValue() + "\"")
                    .extract().asByteArray();
            String[] lines = new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertEquals(2, lines.length, entry.getKey() + ": a header row and one example row");
            assertEquals("Mã ngoài", lines[0].split(",")[0], entry.getKey());
        }
    }

    @Test
    void aTemplateIsForWhoeverMayImportAndAnUnknownResourceIsNotFound() {
        api().accept("text/csv").get("/api/v1/imports/{resource}/template", "votes").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("votes"));
        String inspector = Fixtures.tokenFor("INSPECTOR", Fixtures.district("Huyện kiểm tra mẫu nhập"));
        vn.nennep.support.Api.as(inspector).accept("text/csv").get("/api/v1/imports/{resource}/template", "meetings")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void rowErrorsNameTheColumnAsTheFileWroteItAndNoneForJson() {
        ImportWorld w = new ImportWorld();
        String csv = "MÃ NGOÀI,chi bo (ma ngoai),Loại,Bắt đầu,Tổng số đảng viên,Có mặt\n"
                + w.key("C1") + "," + w.branchAKey + ",REGULAR,2024-03-05T19:30:00+07:00,24,20\n"
                + w.key("C2") + ",KHONG-CO,REGULAR,2024-04-05T19:30:00+07:00,24,24\n"
                + w.key("C3") + "," + w.branchAKey + ",HANG_THANG,2024-05-05T19:30:00+07:00,24,24\n";
        post("meetings", "dryRun=true", CSV, utf8(csv)).statusCode(200).body("failed", equalTo(3))
                .body("errors.row", contains(1, 2, 3))
                .body("errors.field", contains("present", "branchExternalId", "kind"))
                .body("errors.column", contains("Có mặt", "chi bo (ma ngoai)", "Loại"));
        // A branch named by an id the server does not know: the error is on branchId, the column the file's own.
        String byId = "Mã ngoài,Chi bộ,Loại,Bắt đầu,Tổng số đảng viên,Có mặt\n" + w.key("C4")
                + ",00000000-0000-4000-8000-000000000000,REGULAR,2024-03-05T19:30:00+07:00,24,24\n";
        post("meetings", "dryRun=true", CSV, utf8(byId)).statusCode(200)
                .body("errors[0].field", equalTo("branchId")).body("errors[0].column", equalTo("Chi bộ"));
        api().contentType(JSON).body(List.of(Map.of("externalId", w.key("C5"), "branchExternalId", "KHONG-CO",
                "kind", "REGULAR"))).post("/api/v1/imports/meetings?dryRun=true").then().statusCode(200)
                .body("errors[0].field", equalTo("branchExternalId")).body("errors[0].column", nullValue());
    }
}
