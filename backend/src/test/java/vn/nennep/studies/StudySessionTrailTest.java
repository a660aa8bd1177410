package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.studies.SessionFixtures.point;
import static vn.nennep.studies.SessionFixtures.remark;
import static vn.nennep.studies.SessionFixtures.remarkBody;
import static vn.nennep.studies.SessionFixtures.session;
import static vn.nennep.studies.SessionFixtures.sessionBody;
import static vn.nennep.studies.SessionFixtures.studyPlan;
import static vn.nennep.studies.SessionFixtures.trieuSonBody;
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

/** What is kept of study sessions: their history, CSV exports, the change feed, and bulk import. */
@QuarkusTest
class StudySessionTrailTest {

    private static final String BASE = "/api/v1/study-sessions";

    @Test
    void theHistoryShowsEachBridgePointsCountsFieldByField() {
        String district = district("Huyện lịch sử học tập");
        String plan = studyPlan(district, district);
        Map<String, Object> body = trieuSonBody(plan, district);
        String id = session(body);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = new ArrayList<>((List<Map<String, Object>>) body.get("bridgePoints"));
        points.set(3, point("Điểm cầu số 4", 37, 36));
        body.put("bridgePoints", points);
        api().header("If-Match", "\"0\"").body(body).put(BASE + "/{id}", id).then().statusCode(200)
                .body("participationRate", is(99.8f), "onlineAttended", is(1349));
        api().get(BASE + "/{id}/history", id).then().statusCode(200)
                .body("totalItems", is(2), "items[0].operation", equalTo("UPDATE"),
                        "items[0].changes.field", contains("bridgePoints[3].attended", "attendedTotal"),
                        "items[1].changes.field", hasItem("bridgePoints[35].expected"));
        api().accept("text/csv").get(BASE + "/{id}/history", id).then().statusCode(200)
                .body(containsString("bridgePoints[3].attended"));
    }

    @Test
    void everyMatchingSessionIsOneCsvRow() {
        String district = district("Huyện xuất hội nghị");
        String plan = studyPlan(district, district);
        session(trieuSonBody(plan, district));
        session(plan, district);
        String csv = api().accept("text/csv").queryParam("organizationId", district).get(BASE).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[0].startsWith("id,externalId,studyPlanId,studyPlanNumber,resolutionId,resolutionNumber,"),
                lines[0]);
        assertTrue(lines[0].contains(",participationRate,remarkCounts,"), lines[0]);
        assertTrue(csv.contains(",99.8,"), csv);
    }

    @Test
    void sessionsAndRemarksReachTheChangeFeed() {
        String district = district("Huyện nguồn thay đổi học tập");
        String plan = studyPlan(district, district);
        long head = head();
        String id = session(plan, district);
        String remarkId = remark(id, remarkBody(district));
        Map<String, Object> edited = sessionBody(plan, district);
        edited.put("inPersonAttended", 98);
        api().header("If-Match", "\"0\"").body(edited).put(BASE + "/{id}", id).then().statusCode(200);
        api().delete(BASE + "/{id}/remarks/{r}", id, remarkId).then().statusCode(204);
        List<Map<String, Object>> items = changesAfter(head);
        assertEquals(List.of("study-sessions CREATE", "study-sessions UPDATE"), of(items, id));
        assertEquals(List.of("study-remarks CREATE", "study-remarks DELETE"), of(items, remarkId));
        assertTrue(items.stream().anyMatch(i -> ("/api/v1/study-sessions/" + id + "/remarks/" + remarkId)
                .equals(i.get("href"))), items.toString());
    }

    @Test
    void sessionsAreImportedByExternalIdsFromJsonAndCsv() {
        String district = district("Huyện nhập hội nghị");
        String communeKey = Fixtures.code("XA");
        String commune = Fixtures.organization(Map.of("code", Fixtures.code("XA"), "name", "Xã nhập hội nghị",
                "type", "GRASSROOTS", "externalId", communeKey), district);
        String planKey = Fixtures.code("KH");
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        studyPlan(district, district, resolution, Fixtures.documentNumber("KH", "HU"), planKey);
        Map<String, Object> row = sessionBody(null, null);
        row.remove("studyPlanId");
        row.remove("organizationId");
        String key = Fixtures.code("HN");
        row.put("externalId", key);
        row.put("studyPlanExternalId", planKey);
        row.put("organizationExternalId", communeKey);
        row.put("format", "HYBRID");
        row.put("bridgePoints", List.of(Map.of("name", "Điểm cầu thôn 1", "hostOrganizationExternalId", communeKey,
                "expected", 40, "attended", 41)));
        Map<String, Object> broken = new java.util.HashMap<>(row);
        broken.put("externalId", Fixtures.code("HN"));
        broken.put("inPersonAttended", 500);
        api().body(List.of(row, broken)).post("/api/v1/imports/study-sessions").then().statusCode(200)
                .body("created", is(1), "failed", is(1), "errors[0].row", is(2),
                        "errors[0].field", equalTo("inPersonAttended"));
        api().queryParam("externalId", key).get(BASE).then().statusCode(200)
                .body("items[0].organizationId", equalTo(commune), "items[0].attendedTotal", is(136),
                        "items[0].bridgePoints[0].hostOrganizationId", equalTo(commune));

        String csv = "Mã ngoài,Kế hoạch (mã ngoài),Tổ chức (mã ngoài),Đơn vị tổ chức,Đối tượng,Hình thức,"
                + "Tên hội nghị,Bắt đầu,Kết thúc,Triệu tập tại hội trường,Tham dự tại hội trường,Điểm cầu\r\n"
                + key + "," + planKey + "," + communeKey + ",GRASSROOTS_COMMITTEE,ALL_MEMBERS,HYBRID,"
                + "Hội nghị học tập (nhập lại),2024-03-15T07:30:00+07:00,2024-03-15T11:00:00+07:00,100,100,"
                + "\"[{\"\"name\"\": \"\"Điểm cầu thôn 1\"\", \"\"expected\"\": 40, \"\"attended\"\": 40}]\"\r\n";
        api().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/study-sessions").then().statusCode(200)
                .body("updated", is(1), "failed", is(0));
        api().queryParam("externalId", key).get(BASE).then()
                .body("items[0].title", equalTo("Hội nghị học tập (nhập lại)"), "items[0].participationRate", is(100.0f),
                        "items[0].bridgePoints[0].hostOrganizationId", equalTo(null));
        api().accept("text/csv").get("/api/v1/imports/study-sessions/template").then().statusCode(200)
                .body(containsString("Điểm cầu"));
    }

    private static long head() {
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

    private static List<Map<String, Object>> changesAfter(long after) {
        List<Map<String, Object>> items = new ArrayList<>();
        long cursor = after;
        while (true) {
            Map<String, Object> page = api().queryParam("after", cursor).queryParam("limit", 1000)
                    .get("/api/v1/changes").then().statusCode(200).extract().path("$");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> got = (List<Map<String, Object>>) page.get("items");
            if (got.isEmpty()) {
                return items;
            }
            items.addAll(got);
            cursor = ((Number) page.get("next")).longValue();
        }
    }

    private static List<String> of(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id")))
                .map(i -> i.get("resource") + " " + i.get("operation")).toList();
    }
}
