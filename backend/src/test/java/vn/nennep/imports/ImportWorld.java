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

    /** One CSV line of a counts-only meeting of branch A, in the Vietnamese header order of {@link #CSV_HEADER}. */
    String csvLine(String key, String branchKey, int total, int present, int excused, int unexcused, int exempt) {
        return key + "," + branchKey + ",REGULAR,\"Sinh hoạt thường kỳ, tháng 3\",2024-03-05T19:30:00+07:00,"
                + "2024-03-05T21:15:00+07:00," + total + "," + present + "," + excused + "," + unexcused + "," + exempt
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
