package vn.nennep.demo;

import java.util.List;

/**
 * The units of the Triệu Sơn party committee (seed 004): 58 grassroots organizations, 34 of them communes and towns
 * (the district's communes and towns as they stood in 2020–2024) and 24 agencies and schools, and 443 branches
 * beneath them. The article gives the totals only; how the branches are spread over the units is ours, shaped like
 * a district of the delta: a commune has its villages, a branch of its administration and one per school; an agency
 * with a party committee (đảng bộ cơ sở) has a branch per section, and an agency or school with a single branch
 * (chi bộ cơ sở) is a grassroots organization without branches beneath it.
 */
final class DemoTrieuSonUnits {

    /** A commune or town: its name and how many villages (thôn, tiểu khu, khu phố) have a branch. */
    record Commune(String name, boolean town, int villages) {

        /** "Đảng bộ xã Thọ Dân", "Đảng bộ thị trấn Nưa". */
        String committee() {
            return "Đảng bộ " + place();
        }

        /** "xã Thọ Dân", "thị trấn Nưa". */
        String place() {
            return (town ? "thị trấn " : "xã ") + name;
        }

        /** A village branch's name: the towns have tiểu khu and khu phố, the communes thôn. */
        String village(int number) {
            return "Chi bộ " + (name.equals("Triệu Sơn") ? "Tiểu khu " : town ? "Khu phố " : "thôn ") + number;
        }
    }

    /** An agency or school: its code within the district, its name, and the names of its branches (none for a chi bộ cơ sở). */
    record Agency(String code, String name, List<String> branches) {
    }

    static final List<Commune> COMMUNES = List.of(
            town("Triệu Sơn", 16), town("Nưa", 10),
            commune("An Nông", 7), commune("Bình Sơn", 6), commune("Dân Lực", 9), commune("Dân Lý", 9),
            commune("Dân Quyền", 9), commune("Đồng Lợi", 7), commune("Đồng Thắng", 6), commune("Đồng Tiến", 8),
            commune("Hợp Lý", 6), commune("Hợp Thắng", 7), commune("Hợp Thành", 7), commune("Hợp Tiến", 8),
            commune("Khuyến Nông", 7), commune("Minh Sơn", 9), commune("Nông Trường", 7), commune("Thái Hòa", 7),
            commune("Thọ Bình", 8), commune("Thọ Cường", 7), commune("Thọ Dân", 9), commune("Thọ Ngọc", 9),
            commune("Thọ Phú", 8), commune("Thọ Sơn", 7), commune("Thọ Tân", 6), commune("Thọ Thế", 7),
            commune("Thọ Tiến", 8), commune("Thọ Vực", 6), commune("Tiến Nông", 8), commune("Triệu Thành", 9),
            commune("Vân Sơn", 8), commune("Xuân Lộc", 6), commune("Xuân Thịnh", 7), commune("Xuân Thọ", 8));

    /** Besides its villages, each commune and town has these branches: its administration and its three schools. */
    static final List<String> COMMUNE_BRANCHES = List.of("CQ", "MN", "TH", "THCS");

    static final List<Agency> AGENCIES = List.of(
            new Agency("CQCQ", "Đảng bộ Cơ quan Chính quyền huyện", List.of(
                    "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp",
                    "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và Phát triển nông thôn",
                    "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội",
                    "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Thanh tra huyện",
                    "Ban Quản lý dự án đầu tư xây dựng huyện", "Trung tâm Phát triển quỹ đất huyện",
                    "Trung tâm Dịch vụ nông nghiệp huyện", "Đài Truyền thanh huyện", "Hạt Kiểm lâm Triệu Sơn",
                    "Chi nhánh Văn phòng Đăng ký đất đai")),
            new Agency("CQDDT", "Đảng bộ Cơ quan Đảng - Đoàn thể huyện", List.of(
                    "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy",
                    "Ủy ban Kiểm tra Huyện ủy", "Ban Dân vận Huyện ủy", "Ủy ban MTTQ huyện",
                    "Huyện đoàn - Hội Liên hiệp Phụ nữ huyện")),
            new Agency("CA", "Đảng bộ Công an huyện", List.of(
                    "Đội Tổng hợp", "Đội An ninh", "Đội Cảnh sát điều tra tội phạm về trật tự xã hội",
                    "Đội Cảnh sát điều tra tội phạm về kinh tế và ma túy", "Đội Cảnh sát giao thông - trật tự",
                    "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
                    "Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp",
                    "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")),
            new Agency("QS", "Đảng bộ Quân sự huyện", List.of("Tham mưu", "Chính trị", "Hậu cần - Kỹ thuật")),
            new Agency("BVDK", "Đảng bộ Bệnh viện Đa khoa huyện Triệu Sơn", List.of(
                    "Khối Nội", "Khối Ngoại - Sản", "Khối Cận lâm sàng", "Khối Hành chính", "Khoa Khám bệnh")),
            single("TTYT", "Chi bộ Trung tâm Y tế huyện"),
            single("THPT1", "Chi bộ Trường THPT Triệu Sơn 1"),
            single("THPT2", "Chi bộ Trường THPT Triệu Sơn 2"),
            single("THPT3", "Chi bộ Trường THPT Triệu Sơn 3"),
            single("THPT4", "Chi bộ Trường THPT Triệu Sơn 4"),
            single("THPT5", "Chi bộ Trường THPT Triệu Sơn 5"),
            single("THPT6", "Chi bộ Trường THPT Triệu Sơn 6"),
            single("GDNN", "Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"),
            single("TTCT", "Chi bộ Trung tâm Chính trị huyện"),
            single("VKS", "Chi bộ Viện Kiểm sát nhân dân huyện"),
            single("TAND", "Chi bộ Tòa án nhân dân huyện"),
            single("THADS", "Chi bộ Chi cục Thi hành án dân sự huyện"),
            single("KBNN", "Chi bộ Kho bạc Nhà nước Triệu Sơn"),
            single("AGRI", "Chi bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Triệu Sơn"),
            single("NHCS", "Chi bộ Phòng Giao dịch Ngân hàng Chính sách xã hội huyện"),
            single("BHXH", "Chi bộ Bảo hiểm xã hội huyện"),
            single("THUE", "Chi bộ Chi cục Thuế khu vực Triệu Sơn - Nông Cống"),
            single("DL", "Chi bộ Điện lực Triệu Sơn"),
            single("VHTT", "Chi bộ Trung tâm Văn hóa, Thông tin và Thể thao huyện"));

    /** The departments of the district that answer recommendations (not party organizations: no branches). */
    static final List<String> DEPARTMENTS = List.of(
            "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy",
            "Ủy ban Kiểm tra Huyện ủy", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Tài nguyên và Môi trường",
            "Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin");

    /** The commune whose committee and branches have full rosters (its accounts are the demo's). */
    static final String ROSTERED_COMMUNE = "Thọ Dân";

    private DemoTrieuSonUnits() {
    }

    private static Commune town(String name, int villages) {
        return new Commune(name, true, villages);
    }

    private static Commune commune(String name, int villages) {
        return new Commune(name, false, villages);
    }

    private static Agency single(String code, String name) {
        return new Agency(code, name, List.of());
    }
}
