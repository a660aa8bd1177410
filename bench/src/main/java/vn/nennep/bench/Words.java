package vn.nennep.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** The Vietnamese words the generated province is made of: names of people, places, themes and texts. */
final class Words {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Phan", "Trịnh", "Đinh"};
    static final String[] MIDDLE_MEN = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Đình", "Công", "Thế", "Mạnh"};
    static final String[] MIDDLE_WOMEN = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Thùy"};
    static final String[] GIVEN_MEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hòa", "Hùng", "Khánh", "Long",
        "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Toàn"};
    static final String[] GIVEN_WOMEN = {"Anh", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Tâm",
        "Thảo", "Trang", "Vân", "Yến", "Huyền", "Loan"};

    static final String[] DISTRICTS = {"An Lạc", "Bình Minh", "Cẩm Giang", "Đông Hưng", "Gia Phúc", "Hòa Bình",
        "Kim Sơn", "Long Hải", "Minh Tân", "Phú Xuân", "Quang Trung", "Thanh Sơn"};
    static final String[] COMMUNE_FIRST = {"Tân", "An", "Hồng", "Đức", "Nghĩa", "Thái", "Vĩnh", "Phú", "Cộng", "Hưng"};
    static final String[] COMMUNE_SECOND = {"Phong", "Lạc", "Thịnh", "Hòa", "Tiến", "Thành", "Lợi", "Bình", "Quang",
        "Hiệp"};
    static final String[] HAMLETS = {"Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Cầu", "Đình", "Chợ"};

    /** Thematic meeting themes; the first matches the province's theme target. */
    static final String[] THEMES = {
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết",
        "Phát triển kinh tế hộ gia đình, xây dựng nông thôn mới kiểu mẫu",
        "Phân loại rác thải sinh hoạt tại nguồn",
        "Phát triển đảng viên là học sinh, đoàn viên thanh niên"};
    static final String HCM = "tư tưởng, đạo đức, phong cách Hồ Chí Minh";

    static final String[] AREAS = {"ECONOMY", "CULTURE_SOCIETY", "DEFENCE_SECURITY", "PARTY_BUILDING"};
    static final String[] OPINIONS = {
        "Đề nghị đẩy nhanh tiến độ làm đường giao thông nội đồng",
        "Cần tuyên truyền sâu rộng việc phân loại rác tại nguồn",
        "Vận động nhân dân tham gia bảo hiểm y tế hộ gia đình",
        "Tăng cường tuần tra, giữ gìn an ninh trật tự thôn xóm",
        "Đảng viên phải gương mẫu trong việc thực hiện nếp sống văn minh",
        "Quan tâm giúp đỡ hộ nghèo, hộ cận nghèo phát triển sản xuất",
        "Đề xuất giới thiệu quần chúng ưu tú để bồi dưỡng kết nạp Đảng",
        "Phản ánh tình trạng lấn chiếm hành lang giao thông cần xử lý"};
    static final String[] TASKS = {
        "Hoàn thành thu quỹ xây dựng nông thôn mới",
        "Rà soát danh sách hộ nghèo, hộ cận nghèo",
        "Tổ chức ra quân vệ sinh môi trường",
        "Vận động đoàn viên thanh niên tham gia nghĩa vụ quân sự",
        "Báo cáo kết quả phân loại rác thải tại nguồn",
        "Bồi dưỡng quần chúng ưu tú cảm tình Đảng"};
    static final String[] CONCLUSIONS = {
        "Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng, giao đảng viên phụ trách từng việc và báo cáo ở kỳ sau.",
        "Chi bộ đánh giá việc thực hiện nghị quyết tháng trước đạt yêu cầu; tiếp tục chỉ đạo các việc còn tồn tại.",
        "Chi bộ biểu dương đảng viên hoàn thành tốt nhiệm vụ, nhắc nhở đảng viên vắng không có lý do."};
    static final String[] EXCUSES = {"Đi làm ăn xa", "Ốm, có giấy báo", "Đi công tác", "Việc gia đình"};

    private Words() {
    }

    static String person(Random r) {
        boolean woman = r.nextInt(100) < 42;
        String family = pick(r, FAMILY);
        return woman ? family + " " + pick(r, MIDDLE_WOMEN) + " " + pick(r, GIVEN_WOMEN)
                : family + " " + pick(r, MIDDLE_MEN) + " " + pick(r, GIVEN_MEN);
    }

    static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    /** A meeting's stored search text, as the application's Meeting.searchTextOf folds it. */
    static String fold(String theme, String topic) {
        String text = (theme == null ? "" : theme) + " " + (topic == null ? "" : topic);
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
