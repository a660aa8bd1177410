package vn.nennep.inspections;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.inspections.InspectionFixtures.BASE;
import static vn.nennep.inspections.InspectionFixtures.ONE;
import static vn.nennep.inspections.InspectionFixtures.body;
import static vn.nennep.inspections.InspectionFixtures.conclusion;
import static vn.nennep.inspections.InspectionFixtures.finding;
import static vn.nennep.inspections.InspectionFixtures.remedy;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.database.LocalPostgres;
import vn.nennep.support.Fixtures;
import vn.nennep.support.TestDatabase;

/** What is kept of an inspection: its history field by field, its CSV, its changes in the feed, its import. */
@QuarkusTest
class InspectionRecordsTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Test
    void theHistoryNamesTheTeamFindingsAndRemediesFieldByField() {
        String district = district("Huyện lịch sử kiểm tra");
        String commune = grassroots(district, "Xã lịch sử kiểm tra");
        Map<String, Object> body = body(district, commune);
        String id = api().body(body).post(BASE).then().statusCode(201).extract().path("id");
        body.put("findings", List.of(finding(commune, "GOOD")));
        body.put("conclusion", conclusion("HU"));
        body.put("remedies", List.of(remedy(commune, "2024-06-30", "OPEN")));
        api().header("If-Match", "\"0\"").body(body).put(ONE, id).then().statusCode(200);
        body.put("remedies", List.of(remedy(commune, "2024-06-30", "DONE")));
        api().header("If-Match", "\"1\"").body(body).put(ONE, id).then().statusCode(200);
        api().body(Map.of("status", "IN_PROGRESS")).post(ONE + "/status", id).then().statusCode(200);
        api().get(ONE + "/history", id).then().statusCode(200).body("totalItems", is(4))
                .body("items[0].changes.field", hasItem("status"))
                .body("items[1].changes.field", hasItem("remedies[0].status"))
                .body("items[1].changes.field", hasItem("remedies[0].doneOn"))
                .body("items[2].changes.field", hasItem("conclusion.number"))
                .body("items[2].changes.field", hasItem("findings[0].rating"))
                .body("items[3].changes.field", hasItem("team[0].fullName"));
        api().accept("text/csv").get(ONE + "/history", id).then().statusCode(200)
                .body(containsString("remedies[0].status"));
    }

    @Test
    void everyMatchingInspectionAsCsvWithItsListsAndNestedValues() {
        String district = district("Huyện CSV kiểm tra");
        String commune = grassroots(district, "Xã CSV kiểm tra");
        Map<String, Object> body = body(district, commune);
        body.put("findings", List.of(finding(commune, "VIOLATIONS")));
        api().body(body).post(BASE).then().statusCode(201);
        String csv = api().accept("text/csv").queryParam("organizationId", district).get(BASE).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("\uFEFFid,externalId,organizationId,kind,planNumber,title,"), lines[0]);
        assertTrue(lines[1].contains("Xã CSV kiểm tra") && lines[1].contains("VIOLATIONS"), lines[1]);
    }

    @Test
    void createsEditsAndMovesAppearInTheChangeFeed() {
        String district = district("Huyện dòng thay đổi kiểm tra");
        String commune = grassroots(district, "Xã dòng thay đổi kiểm tra");
        long head = feedHead();
        String id = InspectionFixtures.inspection(district, commune);
        api().body(Map.of("status", "CANCELLED")).post(ONE + "/status", id).then().statusCode(200);
        api().delete(ONE, id).then().statusCode(204);
        List<String> seen = new ArrayList<>();
        long cursor = head;
        while (true) {
            var page = api().queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                break;
            }
            items.stream().filter(i -> id.equals(i.get("id")))
                    .forEach(i -> seen.add(i.get("resource") + " " + i.get("operation") + " " + i.get("href")));
            cursor = page.getLong("next");
        }
        assertEquals(List.of("inspections CREATE /api/v1/inspections/" + id,
                "inspections UPDATE /api/v1/inspections/" + id, "inspections DELETE /api/v1/inspections/" + id),
                seen);
    }

    @Test
    void anImportCreatesUpdatesAndClosesLegacyInspectionsByTheirExternalIds() {
        String prefix = Fixtures.code("KT");
        String district = Fixtures.organization(Map.of("code", Fixtures.code("H"), "name", "Huyện nhập kiểm tra",
                "type", "DISTRICT", "externalId", prefix + "-H"), null);
        String commune = Fixtures.organization(Map.of("code", Fixtures.code("X"), "name", "Xã nhập kiểm tra",
                "type", "GRASSROOTS", "externalId", prefix + "-X"), district);
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String plan = Fixtures.documentNumber("KH", "HU");
        String kl = Fixtures.documentNumber("KL", "HU");
        String team = "[{\"\"fullName\"\": \"\"Lê Văn Nhập\"\", \"\"role\"\": \"\"HEAD\"\"}]";
        String findings = "[{\"\"area\"\": \"\"MODELS\"\", \"\"organizationExternalId\"\": \"\"" + prefix
                + "-X\"\", \"\"rating\"\": \"\"GOOD\"\", \"\"text\"\": \"\"Có mô hình hay\"\"}]";
        String remedies = "[{\"\"organizationId\"\": \"\"" + commune + "\"\", \"\"text\"\": \"\"Bổ sung\"\", "
                + "\"\"dueOn\"\": \"\"2024-06-30\"\", \"\"status\"\": \"\"WAIVED\"\", "
                + "\"\"waivedReason\"\": \"\"Không còn phù hợp\"\"}]";
        String csv = "Mã ngoài,Cấp ủy quyết định (mã ngoài),Loại,Số kế hoạch,Tên,Đối tượng (mã ngoài),"
                + "Văn bản,Đoàn (JSON),Từ ngày,Đến ngày,Phát hiện,Số kết luận,Ngày kết luận,Nội dung kết luận,"
                + "Khắc phục,Trạng thái\n"
                + prefix + "-1," + prefix + "-H,INSPECTION," + plan + ",Kiểm tra cũ," + prefix + "-X," + resolution
                + ",\"" + team + "\",2024-03-04,2024-03-08,\"" + findings + "\"," + kl + ",2024-03-20,Tốt,\""
                + remedies + "\",CLOSED\n"
                + prefix + "-2," + prefix + "-H,SUPERVISION," + plan + ",Giám sát đang làm," + prefix + "-X,,\"" + team
                + "\",2024-04-01,2024-04-05,,,,,,\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        api().contentType(CSV).body(file).post("/api/v1/imports/inspections").then().statusCode(200)
                .body("created", is(2), "failed", is(0), "committed", is(true));
        api().queryParam("externalId", prefix + "-1").get(BASE).then().statusCode(200)
                .body("items[0].status", equalTo("CLOSED"), "items[0].closedOn", equalTo("2024-03-20"),
                        "items[0].startedOn", equalTo("2024-03-04"), "items[0].findings[0].organizationId",
                        equalTo(commune), "items[0].resolutionIds[0]", equalTo(resolution),
                        "items[0].conclusion.number", equalTo(kl));
        // Sent again, nothing changes; an unknown subject fails its row and writes nothing of it.
        api().contentType(CSV).body(file).post("/api/v1/imports/inspections").then().statusCode(200)
                .body("unchanged", is(2), "failed", is(0));
        String bad = "[{\"externalId\": \"" + prefix + "-3\", \"organizationExternalId\": \"" + prefix + "-H\", "
                + "\"kind\": \"INSPECTION\", \"planNumber\": \"" + Fixtures.documentNumber("KH", "HU") + "\", "
                + "\"title\": \"Sai đối tượng\", \"subjectOrganizationExternalIds\": [\"" + prefix + "-KHONG\"], "
                + "\"team\": [{\"fullName\": \"Lê Văn Nhập\", \"role\": \"HEAD\"}], "
                + "\"plannedFrom\": \"2024-05-01\", \"plannedTo\": \"2024-05-02\"}]";
        api().body(bad).post("/api/v1/imports/inspections").then().statusCode(200)
                .body("failed", is(1), "errors[0].field", equalTo("subjectOrganizationExternalIds"));
        api().queryParam("externalId", prefix + "-3").get(BASE).then().body("totalItems", is(0));
    }

    @Test
    void theTemplateHasVietnameseHeadersAndAnExampleRowThatImportsCleanly() {
        String prefix = Fixtures.code("MAUKT");
        String district = district("Huyện mẫu kiểm tra");
        Fixtures.organization(Map.of("code", Fixtures.code("X"), "name", "Đảng ủy xã mẫu kiểm tra", "type",
                "GRASSROOTS", "externalId", prefix + "-DU"), district);
        String template = new String(api().accept("text/csv").get("/api/v1/imports/{resource}/template",
                "inspections").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = template.split("\r?\n");
        assertEquals(2, lines.length, template);
        assertTrue(lines[0].startsWith("\uFEFFMã ngoài,Cấp ủy quyết định (mã ngoài),Loại,Số kế hoạch"), lines[0]);
        String csv = lines[0].substring(1) + "\n" + lines[1].replace("MAU-DU-01", prefix + "-DU")
                .replace("MAU-KT-0001", prefix + "-1");
        api().contentType(CSV).body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", "true")
                .post("/api/v1/imports/inspections").then().statusCode(200)
                .body("created", is(1), "failed", is(0), "committed", is(false));
    }

    /** The feed's end now: one read numbers what has committed, then the highest number. */
    private static long feedHead() {
        api().queryParam("limit", 1).get("/api/v1/changes").then().statusCode(200);
        try (Connection c = DriverManager.getConnection(LocalPostgres.jdbcUrl(TestDatabase.NAME), LocalPostgres.USER,
                ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM change_outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
