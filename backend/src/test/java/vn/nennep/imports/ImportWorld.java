package vn.nennep.imports;

import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.nennep.support.Fixtures;

/** A small tree for import tests: a district, a commune and two branches, each with an external id of this run. */
final class ImportWorld {

    final String district;
    final String commune;
    final String branchA;
    final String branchB;
    final String branchAKey;
    final String branchBKey;
    final String prefix;
    /** The month each external id of {@link #csvLine} has (months before March 2024), and how many each branch used. */
    private final Map<String, Integer> months = new java.util.HashMap<>();
    private final Map<String, Integer> used = new java.util.HashMap<>();

    ImportWorld() {
        prefix = Fixtures.code("IMP");
        district = Fixtures.district("Huyện nhập " + prefix);
        commune = Fixtures.grassroots(district, "Đảng ủy xã nhập " + prefix);
        branchAKey = prefix + "-CB-A";
        branchBKey = prefix + "-CB-B";
        branchA = Fixtures.organization(Map.of("code", Fixtures.code("CBA"), "name", "Chi bộ thôn Tân Xuân " + prefix,
                "type", "BRANCH", "externalId", branchAKey), commune);
        branchB = Fixtures.organization(Map.of("code", Fixtures.code("CBB"), "name", "Chi bộ thôn Đông " + prefix,
                "type", "BRANCH", "externalId", branchBKey), commune);
    }

    String key(String suffix) {
        return prefix + "-" + suffix;
    }

    /**
     * One CSV line of a counts-only regular meeting, in the Vietnamese header order of {@link #CSV_HEADER}, held on the
     * 5th of a month, 19:30–21:15. A branch holds one regular meeting a month: the first external id of a branch gets
     * March 2024, each new one a month earlier, and an external id keeps its month (a record sent again is the same).
     */
    String csvLine(String key, String branchKey, int total, int present, int excused, int unexcused, int exempt) {
        int earlier = months.computeIfAbsent(key, k -> used.merge(branchKey, 1, Integer::sum) - 1);
        java.time.LocalDate day = java.time.LocalDate.of(2024, 3, 5).minusMonths(earlier);
        return key + "," + branchKey + ",REGULAR,\"Sinh hoạt thường kỳ, tháng 3\"," + day + "T19:30:00+07:00,"
                + day + "T21:15:00+07:00," + total + "," + present + "," + excused + "," + unexcused + "," + exempt
                + "\n";
    }

    /** The header and {@code n} valid lines for branch A, with the external ids {@code prefix}0, {@code prefix}1, … */
    String csvRows(String prefix, int n) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < n; i++) {
            csv.append(csvLine(key(prefix + i), branchAKey, 24, 21, 2, 0, 1));
        }
        return csv.toString();
    }

    static final String CSV_HEADER = "Mã ngoài,Chi bộ (mã ngoài),Loại,Nội dung,Bắt đầu,Kết thúc,Tổng số đảng viên,"
            + "Có mặt,Vắng có lý do,Vắng không lý do,Miễn sinh hoạt\n";

    static ValidatableResponse post(String resource, String query, String contentType, byte[] body) {
        return post(api(), resource, query, contentType, body);
    }

    static ValidatableResponse post(RequestSpecification spec, String resource, String query, String contentType,
            byte[] body) {
        return spec.contentType(contentType).body(body)
                .post("/api/v1/imports/" + resource + (query == null ? "" : "?" + query)).then();
    }

    static ValidatableResponse postAs(String token, String resource, String contentType, byte[] body) {
        return post(as(token), resource, null, contentType, body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
}
