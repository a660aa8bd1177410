package vn.nennep.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * Issue 08 item 10: the scorecard, a resolution's compliance and the recommendations' statistics answer
 * {@code Accept: text/csv} as every list does: UTF-8 with a byte order mark, a header of the JSON property names, the
 * rows of the JSON answer in its order, and a Vietnamese file name.
 */
@QuarkusTest
class ReportCsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void theScorecardAsCsvHasTheRowsOfTheJsonInItsSortOrder() {
        String district = district(code("Huyện xuất bảng điểm"));
        String anLam = grassroots(district, "Đảng bộ xã An Lâm");
        String namHung = grassroots(district, "Đảng bộ xã Nam Hưng");
        String a1 = branch(anLam, "Chi bộ thôn An Tây");
        String b1 = branch(namHung, "Chi bộ thôn An Tây, \"thôn cũ\"");
        Fixtures.meeting(b1); // 3/3/2024
        Map<String, Object> filters = Map.of("organizationId", district, "quarter", "2024-Q1",
                "sort", "meetingsHeld,desc");
        List<List<String>> rows = csv("/api/v1/reports/scorecard", filters, "bang-diem-chi-bo-2024-Q1.csv");
        assertEquals(List.of("branchId", "branchName", "communeId", "communeName", "meetingsHeld", "thematicHeld",
                "averageAttendanceRate", "averageOpinions", "averageDurationMinutes", "targetsPassed", "targetsFailed",
                "band"), rows.get(0));
        assertEquals(List.of(b1, "Chi bộ thôn An Tây, \"thôn cũ\"", namHung, "Đảng bộ xã Nam Hưng", "1", "0", "93.3",
                "0", "105", "0", "0", ""), rows.get(1));
        assertEquals(List.of(a1, "Chi bộ thôn An Tây", anLam, "Đảng bộ xã An Lâm", "0", "0", "", "", "", "0", "0",
                ""), rows.get(2));
        assertEquals(3, rows.size());
        // The same rows and order as the JSON page.
        List<String> ids = api().queryParams(filters).get("/api/v1/reports/scorecard").then().statusCode(200)
                .extract().path("items.branchId");
        assertEquals(ids, List.of(rows.get(1).get(0), rows.get(2).get(0)));
        api().accept("text/csv").queryParam("organizationId", district).queryParam("quarter", "2024-Q9")
                .get("/api/v1/reports/scorecard").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void complianceAndStatisticsAsCsv() {
        String district = district(code("Huyện xuất số liệu"));
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String target = Fixtures.target(resolution, Fixtures.targetBody("Tỷ lệ đảng viên dự sinh hoạt",
                "ATTENDANCE_RATE", "threshold", 85));
        List<List<String>> compliance = csv("/api/v1/resolutions/" + resolution + "/compliance",
                Map.of("from", "2023-01-01", "to", "2023-12-31"), "thuc-hien-chi-tieu-nghi-quyet.csv");
        assertEquals(List.of("targetId", "targetTitle", "metric"), compliance.get(0).subList(0, 3));
        assertEquals(List.of(target, "Tỷ lệ đảng viên dự sinh hoạt", "ATTENDANCE_RATE", "0", "0", "0", "0", "0"),
                compliance.get(1).subList(0, 8));
        assertEquals(2, compliance.size());

        List<List<String>> stats = csv("/api/v1/recommendations/stats", Map.of("organizationId", district),
                "thong-ke-kien-nghi-theo-field.csv");
        assertEquals(List.of("key", "label", "count", "answered", "overdue", "medianDaysToAnswer", "reanswerRate"),
                stats.get(0));
        List<String> fields = api().queryParam("organizationId", district).get("/api/v1/recommendations/stats")
                .then().statusCode(200).extract().path("groups.key");
        assertEquals(fields, stats.subList(1, stats.size()).stream().map(r -> r.get(0)).toList());
        assertEquals(8, fields.size());
        csv("/api/v1/recommendations/stats", Map.of("organizationId", district, "groupBy", "month"),
                "thong-ke-kien-nghi-theo-month.csv");
    }

    /** The CSV of {@code path}: a file of that name, the BOM, then the rows (header first). */
    private static List<List<String>> csv(String path, Map<String, ?> filters, String filename) {
        Response csv = api().accept("text/csv").queryParams(filters).get(path);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename=\"" + filename + "\""));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), path + " starts with a byte order mark");
        try {
            MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readerFor(List.class).readValues(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            return it.readAll();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
