package vn.nennep.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nennep.database.LocalPostgres;
import vn.nennep.support.Fixtures;
import vn.nennep.support.TestDatabase;

/**
 * Every list as CSV ({@code Accept: text/csv}): the same filters as the JSON list (the same rows), UTF-8 with a byte
 * order mark, a header row of the JSON property names, nested values as JSON text; and the row cap.
 */
@QuarkusTest
class CsvExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void everyListAnswersCsvWithItsFiltersApplied() {
        String district = Fixtures.district(code("Huyện Bình Giang"));
        String communeA = Fixtures.grassroots(district, "Đảng bộ xã Thái Học");
        String communeB = Fixtures.grassroots(district, "Đảng bộ xã Vĩnh Hồng");
        String branch = Fixtures.branch(communeA, "Chi bộ thôn Mộ Trạch");
        String ext = code("ext");

        String org = Fixtures.organization(Map.of("code", code("CB"), "name", "Chi bộ \"Đông\", thôn Cậy", "type",
                "BRANCH", "externalId", ext + "-o"), communeA);
        same("/api/v1/organizations", Map.of("externalId", ext + "-o"), Set.of(org));

        Fixtures.member(branch, "Vũ Văn Khoa");
        String probationer = Fixtures.member(branch, Map.of("fullName", "Đỗ Thị Hoa", "status", "PROBATIONARY"));
        same("/api/v1/organizations/" + branch + "/members", Map.of("status", "PROBATIONARY"), Set.of(probationer));

        String zone = api().body(Map.of("name", code("Khu"), "districtId", district, "externalId", ext + "-z",
                "organizationIds", List.of(communeA, communeB))).post("/api/v1/zones").then().statusCode(201)
                .extract().path("id");
        Fixtures.zone(district, code("Khu khác"), List.of());
        List<List<String>> zones = same("/api/v1/zones", Map.of("externalId", ext + "-z"), Set.of(zone));
        assertEquals(communeA + "; " + communeB, column(zones, "organizationIds", 0), "a list of ids joined");

        Map<String, Object> conferenceBody = Fixtures.conferenceBody(communeA, code("Hội nghị"));
        conferenceBody.put("externalId", ext + "-c");
        String conference = api().body(conferenceBody).post("/api/v1/conferences").then().statusCode(201)
                .extract().path("id");
        same("/api/v1/conferences", Map.of("externalId", ext + "-c"), Set.of(conference));

        String held = Fixtures.heldConference(communeA, code("Hội nghị"));
        String followUp = Fixtures.followUp(held);
        Fixtures.followUp(Fixtures.heldConference(communeB, code("Hội nghị")));
        List<List<String>> followUps = same("/api/v1/conferences/" + held + "/follow-ups", Map.of(),
                Set.of(followUp));
        assertEquals("Giải pháp đã bàn", column(followUps, "solutions", 0));

        Map<String, Object> resolutionBody = Fixtures.resolutionBody(district, Fixtures.documentNumber("NQ", "HU"));
        resolutionBody.put("externalId", ext + "-r");
        String resolution = api().body(resolutionBody).post("/api/v1/resolutions").then().statusCode(201)
                .extract().path("id");
        same("/api/v1/resolutions", Map.of("externalId", ext + "-r"), Set.of(resolution));

        Map<String, Object> targetBody = new HashMap<>(Fixtures.indicatorBody("Kết nạp đảng viên mới"));
        targetBody.put("externalId", ext + "-t");
        String target = Fixtures.target(resolution, targetBody);
        Fixtures.target(resolution, Fixtures.indicatorBody("Chỉ tiêu khác"));
        same("/api/v1/resolutions/" + resolution + "/targets", Map.of("externalId", ext + "-t"), Set.of(target));

        String report = Fixtures.report(resolution, target, Fixtures.reportBody(communeA, "2023-01-01", 12));
        Fixtures.report(resolution, target, Fixtures.reportBody(communeB, "2023-01-01", 9));
        List<List<String>> reports = same("/api/v1/resolutions/" + resolution + "/targets/" + target + "/reports",
                Map.of("organizationId", communeA), Set.of(report));
        assertTrue(column(reports, "progress", 0).startsWith("{"), "a nested object as JSON text");

        Map<String, Object> meetingBody = Fixtures.meetingBody(branch);
        meetingBody.put("externalId", ext + "-m");
        String meeting = api().body(meetingBody).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        Fixtures.meeting(branch);
        same("/api/v1/meetings", Map.of("externalId", ext + "-m"), Set.of(meeting));

        LocalDate lastMonth = LocalDate.now(Time.LOCAL).minusMonths(1).withDayOfMonth(7);
        String briefing = api().body(Map.of("zoneId", zone, "hostOrganizationId", communeA, "heldOn",
                lastMonth.toString(), "externalId", ext + "-b")).post("/api/v1/briefings").then().statusCode(201)
                .extract().path("id");
        same("/api/v1/briefings", Map.of("externalId", ext + "-b"), Set.of(briefing));
        same("/api/v1/recommendations/publications", Map.of("briefingId", briefing), Set.of());

        String userA = Fixtures.user("INSPECTOR", communeA);
        String userA2 = Fixtures.user("GRASSROOTS_OFFICER", communeA);
        Fixtures.user("INSPECTOR", communeB);
        same("/api/v1/users", Map.of("organizationId", communeA), Set.of(userA, userA2));

        Map<String, Object> created = api().body(Map.of("name", code("Máy"), "organizationId", district, "scopes",
                List.of("read"))).post("/api/v1/api-clients").then().statusCode(201).extract().path("$");
        List<List<String>> clients = same("/api/v1/api-clients", Map.of("updatedSince", created.get("updatedAt")),
                null);
        assertTrue(clients.subList(1, clients.size()).stream().anyMatch(r -> r.get(0).equals(created.get("id"))));
        assertTrue(!clients.get(0).contains("apiKey"), "the key is never listed");
    }

    /** A record's history too: every revision, the same as the JSON history, newest first; 404 as for JSON. */
    @Test
    void aRecordsHistoryAnswersCsvWithEveryRevision() {
        String district = Fixtures.district(code("Huyện Thanh Miện"));
        String name = code("Khu");
        String zone = api().body(Map.of("name", name, "districtId", district)).post("/api/v1/zones").then()
                .statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("name", name + " (đổi tên, có dấu phẩy)", "districtId",
                district)).put("/api/v1/zones/{id}", zone).then().statusCode(200);

        Response csv = api().accept("text/csv").get("/api/v1/zones/{id}/history", zone);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("lich-su-khu-cum"));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("revision", "at", "operation", "actor", "ip", "requestId", "changes"), rows.get(0));
        List<Object> revisions = api().get("/api/v1/zones/{id}/history", zone).then().statusCode(200)
                .extract().path("items.revision");
        assertEquals(revisions.stream().map(String::valueOf).toList(),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(),
                "the same revisions, in the same order");
        assertEquals(List.of("UPDATE", "CREATE"), List.of(column(rows, "operation", 0), column(rows, "operation", 1)));
        assertTrue(column(rows, "changes", 0).contains("đổi tên, có dấu phẩy"), column(rows, "changes", 0));

        api().accept("text/csv").get("/api/v1/zones/{id}/history", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10").then()
                .statusCode(404);

        String branch = Fixtures.branch(Fixtures.grassroots(district, "Đảng bộ xã Ngũ Hùng"), "Chi bộ thôn Phù Ủng");
        for (String path : List.of("/api/v1/organizations/" + branch + "/history",
                "/api/v1/meetings/" + Fixtures.meeting(branch) + "/history")) {
            String text = api().accept("text/csv").get(path).then().statusCode(200)
                    .contentType(startsWith("text/csv")).extract().asString();
            assertTrue(text.contains("revision,at,operation,actor,ip,requestId,changes\r\n")
                    || text.contains("revision,at,operation,actor,ip,requestId,changes\n"), path + ": " + text);
            assertTrue(text.contains("CREATE"), path + ": " + text);
        }
    }

    @Test
    void moreRowsThanOneExportHoldsIsA400AskingToNarrowTheFilter() throws Exception {
        String commune = Fixtures.grassroots(Fixtures.district(code("Huyện lớn")), "Xã lớn");
        String branch = Fixtures.branch(commune, "Chi bộ lớn");
        try (Connection c = DriverManager.getConnection(LocalPostgres.jdbcUrl(TestDatabase.NAME), LocalPostgres.USER,
                ""); PreparedStatement s = c.prepareStatement("""
                INSERT INTO members (id, organization_id, full_name, status, created_at, updated_at)
                SELECT gen_random_uuid(), ?::uuid, 'Đảng viên ' || n, 'FULL', now(), now()
                FROM generate_series(1, ?) n""")) {
            s.setString(1, branch);
            s.setInt(2, CsvExport.LIMIT + 1);
            s.executeUpdate();
        }
        String path = "/api/v1/organizations/" + branch + "/members";
        api().accept("text/csv").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("size"), "errors[0].message", containsString("CSV"));
        api().accept("text/csv").queryParam("q", "Đảng viên 1000").get(path).then().statusCode(200);
    }

    /**
     * The CSV of {@code path} with {@code filters}: the BOM, a header of the JSON properties, the same ids as the JSON
     * list (and exactly {@code expected} when given). Returns the rows, header first.
     */
    private static List<List<String>> same(String path, Map<String, ?> filters, Set<String> expected) {
        Response csv = api().accept("text/csv").queryParams(filters).get(path);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv"));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), path + " starts with a byte order mark");
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        Map<String, Object> page = api().queryParams(filters).queryParam("size", 200).get(path).then()
                .statusCode(200).extract().path("$");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertEquals("id", rows.get(0).get(0), path + " header");
        if (!items.isEmpty()) {
            Set<String> properties = new HashSet<>(items.get(0).keySet());
            properties.remove("apiKey");
            assertEquals(properties, new HashSet<>(rows.get(0)), path + ": the columns are the JSON properties");
        }
        Set<String> ids = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> ids.add(r.get(0)));
        Set<String> jsonIds = new HashSet<>();
        items.forEach(i -> jsonIds.add((String) i.get("id")));
        assertEquals(jsonIds, ids, path + ": the same rows as the JSON list");
        if (expected != null) {
            assertEquals(expected, ids, path + ": only the matching rows");
        }
        return rows;
    }

    private static String column(List<List<String>> rows, String name, int row) {
        return rows.get(row + 1).get(rows.get(0).indexOf(name));
    }

    private static List<List<String>> parse(String text) {
        try {
            MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readerFor(List.class).readValues(text);
            return it.readAll();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
