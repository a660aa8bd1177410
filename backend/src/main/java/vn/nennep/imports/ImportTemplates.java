package vn.nennep.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The CSV file a user starts from (GET /imports/{resource}/template): the Vietnamese headers {@link ImportHeaders}
 * accepts for the resource and one example row that imports cleanly once the records it names exist. The example
 * names other records by sample external ids (MAU-…) and people by obviously sample names ("Nguyễn Văn Mẫu").
 */
final class ImportTemplates {

    /** The file's suggested name and its bytes (UTF-8 with a byte order mark, as every CSV of the API). */
    record Template(String filename, byte[] csv) {
    }

    /** The sample external ids the example rows refer to: the branch, its commune, a department, a briefing… */
    static final String BRANCH = "MAU-CB-01";
    static final String COMMUNE = "MAU-DU-01";
    static final String DEPARTMENT = "MAU-PHONG-01";
    static final String BRIEFING = "MAU-GB-01";
    static final String RESOLUTION = "MAU-NQ-01";
    static final String TARGET = "MAU-CT-01";

    private static final Map<String, String> FILENAMES = Map.of(
            "organizations", "mau-nhap-to-chuc-dang",
            "members", "mau-nhap-dang-vien",
            "meetings", "mau-nhap-bien-ban-sinh-hoat",
            "recommendations", "mau-nhap-kien-nghi",
            "indicator-reports", "mau-nhap-bao-cao-chi-tieu");

    /** Per resource: the header row, then the example row (an empty cell is an absent field). */
    private static final Map<String, List<List<String>>> ROWS = Map.of(
            "organizations", List.of(
                    List.of("Mã ngoài", "Mã", "Tên", "Loại", "Cấp trên (mã ngoài)", "Số đảng viên"),
                    List.of("MAU-CB-02", "MAU-CB-02", "Chi bộ thôn Mẫu", "BRANCH", COMMUNE, "25")),
            "members", List.of(
                    List.of("Mã ngoài", "Chi bộ (mã ngoài)", "Họ và tên", "Loại đảng viên", "Ngày vào Đảng",
                            "Miễn sinh hoạt", "Lý do miễn"),
                    List.of("MAU-DV-0001", BRANCH, "Nguyễn Văn Mẫu", "FULL", "2010-05-19", "false", "")),
            "meetings", List.of(
                    List.of("Mã ngoài", "Chi bộ (mã ngoài)", "Loại", "Chuyên đề", "Nội dung", "Bắt đầu", "Kết thúc",
                            "Chủ trì", "Thư ký", "Tổng số đảng viên", "Có mặt", "Vắng có lý do", "Vắng không lý do",
                            "Miễn sinh hoạt", "Kết luận", "Tán thành", "Số biểu quyết"),
                    List.of("MAU-BB-2025-03", BRANCH, "REGULAR", "", "Sinh hoạt thường kỳ tháng 3/2025",
                            "2025-03-05T19:30:00+07:00", "2025-03-05T21:15:00+07:00", "Nguyễn Văn Mẫu",
                            "Trần Thị Mẫu", "24", "21", "2", "0", "1",
                            "Thống nhất kế hoạch làm đường giao thông nông thôn, giao chi ủy theo dõi", "21", "21")),
            "recommendations", List.of(
                    List.of("Mã ngoài", "Giao ban (mã ngoài)", "Nơi nêu (mã ngoài)", "Nơi nhận (mã ngoài)",
                            "Lĩnh vực", "Tiêu đề", "Nội dung", "Hạn trả lời"),
                    List.of("MAU-KN-0001", BRIEFING, BRANCH, DEPARTMENT, "AGRICULTURE", "Nạo vét kênh tưới tiêu",
                            "Kênh tưới bị bồi lắng, đề nghị hỗ trợ kinh phí nạo vét trước vụ xuân.", "")),
            "indicator-reports", List.of(
                    List.of("Mã ngoài", "Nghị quyết (mã ngoài)", "Chỉ tiêu (mã ngoài)", "Tổ chức (mã ngoài)",
                            "Từ ngày", "Đến ngày", "Giá trị", "Minh chứng"),
                    List.of("MAU-BC-0001", RESOLUTION, TARGET, BRANCH, "2024-01-01", "2024-12-31", "12",
                            "Danh sách kết nạp đảng viên năm 2024")));

    private ImportTemplates() {
    }

    /** The template of a resource of {@link ImportService#RESOURCES}. */
    static Template of(String resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (List<String> row : ROWS.get(resource)) {
            out.writeBytes((String.join(",", row.stream().map(ImportTemplates::cell).toList()) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Template(FILENAMES.get(resource) + ".csv", out.toByteArray());
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
