package vn.nennep.demo;

import java.util.List;
import vn.nennep.meetings.Meeting.OpinionArea;

/**
 * What the demo meeting records say: the month's business of a village branch in the Red River delta (Nam Sách grows
 * onions and garlic in the winter crop), the themes of the quarter's thematic meeting (seed 000's hard issues among
 * them), opinions in the four areas of seed 003, tasks and the pilot reviewers' remarks.
 */
final class DemoMeetingTexts {

    private DemoMeetingTexts() {
    }

    /** The regular meeting's business, by calendar month (January first). */
    static final List<String> VILLAGE_TOPICS = List.of(
            "Lãnh đạo tổ chức đón Tết Nguyên đán vui tươi, an toàn, tiết kiệm; chăm lo gia đình chính sách, hộ nghèo",
            "Ra quân sản xuất vụ xuân, phát động Tết trồng cây; thu hoạch, tiêu thụ hành, tỏi vụ đông",
            "Chăm sóc lúa xuân, phòng trừ sâu bệnh; làm tốt công tác giao quân; kỷ niệm ngày thành lập Đoàn 26/3",
            "Vệ sinh môi trường, phân loại rác thải tại nguồn; phòng chống dịch bệnh cho gia súc, gia cầm",
            "Thu hoạch lúa chiêm xuân, không đốt rơm rạ; kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh 19/5",
            "Phòng chống thiên tai, tìm kiếm cứu nạn; hỗ trợ học sinh thi tốt nghiệp trung học phổ thông",
            "Kỷ niệm ngày Thương binh - Liệt sĩ 27/7; thăm hỏi, tặng quà gia đình chính sách",
            "Phòng chống mưa bão, úng lụt; tổ chức Tết Trung thu cho thiếu nhi; chuẩn bị năm học mới",
            "Thu hoạch lúa mùa, triển khai sản xuất vụ đông, trồng hành, tỏi; kỷ niệm Quốc khánh 2/9",
            "Mở rộng diện tích cây vụ đông; thu nộp đảng phí, quỹ hội; phòng chống cháy nổ",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư 18/11; kiểm tra, giám sát của chi bộ",
            "Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ cuối năm; phương hướng năm mới");

    /** The school branch's business, by calendar month. */
    static final List<String> SCHOOL_TOPICS = List.of(
            "Cho học sinh nghỉ Tết an toàn; sơ kết học kỳ I",
            "Ổn định nền nếp dạy và học sau Tết; hội thi giáo viên dạy giỏi cấp trường",
            "Hội giảng chào mừng ngày 8/3 và 26/3; bồi dưỡng học sinh giỏi",
            "Ôn tập cho học sinh lớp 9 thi vào lớp 10; kiểm tra chuyên đề",
            "Tổng kết năm học; xét hoàn thành chương trình tiểu học, công nhận tốt nghiệp trung học cơ sở",
            "Đánh giá, xếp loại viên chức cuối năm học; học tập nghị quyết, bồi dưỡng chính trị hè",
            "Tu sửa cơ sở vật chất chuẩn bị năm học mới; tuyển sinh đầu cấp",
            "Chuẩn bị khai giảng; phân công chuyên môn năm học mới",
            "Khai giảng năm học; xây dựng kế hoạch năm học; hội nghị viên chức",
            "Thực hiện chương trình giáo dục phổ thông 2018; thi đua chào mừng ngày Nhà giáo Việt Nam",
            "Tổ chức các hoạt động kỷ niệm ngày Nhà giáo Việt Nam 20/11",
            "Kiểm tra, đánh giá giữa kỳ; đánh giá, xếp loại đảng viên cuối năm");

    /** Themes of village branches' thematic meetings; the first two are on Hồ Chí Minh's thought (17-NQ/HU's 3). */
    static final List<String> VILLAGE_THEMES = List.of(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết, xây dựng khu dân cư"
                    + " văn hóa",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của đảng viên",
            "Phân loại, thu gom, xử lý chất thải rắn sinh hoạt tại nguồn ở khu dân cư",
            "Nâng cao chất lượng sinh hoạt chi bộ; tự phê bình và phê bình trong chi bộ",
            "Công tác tiếp công dân, hòa giải ở cơ sở, giải quyết kiến nghị của nhân dân",
            "Tạo nguồn, phát triển đảng viên là học sinh, đoàn viên thanh niên",
            "Xây dựng nông thôn mới kiểu mẫu, khu dân cư kiểu mẫu");

    static final List<String> SCHOOL_THEMES = List.of(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: mỗi thầy cô giáo là tấm gương đạo đức, tự"
                    + " học và sáng tạo",
            "Nâng cao chất lượng giáo dục toàn diện, đổi mới phương pháp dạy học",
            "Tạo nguồn phát triển đảng viên trong đội ngũ giáo viên trẻ",
            "Thực hiện quy chế dân chủ ở cơ sở trong nhà trường");

    /** A member's opinion: its area and what was said. */
    record Said(OpinionArea area, String summary) {
    }

    static final List<Said> VILLAGE_OPINIONS = List.of(
            new Said(OpinionArea.ECONOMY, "Đề nghị chi hội nông dân hướng dẫn bà con chuyển đổi cơ cấu cây trồng, mở"
                    + " rộng diện tích hành, tỏi vụ đông."),
            new Said(OpinionArea.ECONOMY, "Cần nạo vét kênh mương nội đồng trước vụ, bảo đảm đủ nước tưới cho lúa."),
            new Said(OpinionArea.ECONOMY, "Một số hộ còn bỏ ruộng, đề nghị ban quản lý thôn vận động cho thuê, mượn lại"
                    + " để tích tụ ruộng đất."),
            new Said(OpinionArea.ECONOMY, "Đề nghị đẩy nhanh tiến độ làm đường giao thông nội đồng, công khai các khoản"
                    + " đóng góp của nhân dân."),
            new Said(OpinionArea.ECONOMY, "Hướng dẫn bà con bán hành, tỏi qua sàn thương mại điện tử, không để tư"
                    + " thương ép giá."),
            new Said(OpinionArea.ECONOMY, "Cần kiểm tra việc sử dụng thuốc bảo vệ thực vật, thu gom vỏ bao bì đúng nơi"
                    + " quy định."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Việc phân loại rác tại nguồn ở xóm ngoài chưa đều, đề nghị tổ tự"
                    + " quản kiểm tra thường xuyên hơn."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Đề nghị quan tâm thăm hỏi gia đình chính sách, người cao tuổi neo"
                    + " đơn dịp lễ, Tết."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Một số đám cưới, đám hiếu còn kéo dài, đề nghị thực hiện nghiêm quy"
                    + " ước nếp sống văn minh."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Cần duy trì câu lạc bộ văn nghệ, thể thao ở nhà văn hóa thôn."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Đề nghị vận động các gia đình tham gia bảo hiểm y tế, bảo hiểm xã"
                    + " hội tự nguyện."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Đề nghị biểu dương kịp thời các cháu học sinh đạt giải, khuyến học"
                    + " từ quỹ của dòng họ."),
            new Said(OpinionArea.DEFENCE_SECURITY, "Thanh thiếu niên còn đi xe máy tốc độ cao buổi tối, đề nghị tổ an"
                    + " ninh tăng cường tuần tra."),
            new Said(OpinionArea.DEFENCE_SECURITY, "Cần tuyên truyền để người dân cảnh giác với lừa đảo qua điện thoại,"
                    + " mạng xã hội."),
            new Said(OpinionArea.DEFENCE_SECURITY, "Đề nghị chuẩn bị tốt nguồn thanh niên nhập ngũ, làm tốt công tác"
                    + " hậu phương quân đội."),
            new Said(OpinionArea.DEFENCE_SECURITY, "Vụ tranh chấp ranh giới đất giữa hai hộ ở xóm giữa cần được tổ hòa"
                    + " giải giải quyết sớm, không để kéo dài."),
            new Said(OpinionArea.DEFENCE_SECURITY, "Đề nghị lắp thêm camera an ninh ở các trục đường chính của thôn."),
            new Said(OpinionArea.PARTY_BUILDING, "Đề nghị chi ủy phân công đảng viên phụ trách hộ gia đình, nắm tình"
                    + " hình dư luận trong nhân dân."),
            new Said(OpinionArea.PARTY_BUILDING, "Một số đảng viên đóng đảng phí chưa đúng kỳ, đề nghị chi bộ nhắc"
                    + " nhở."),
            new Said(OpinionArea.PARTY_BUILDING, "Cần giới thiệu quần chúng ưu tú là đoàn viên thanh niên để chi bộ bồi"
                    + " dưỡng, tạo nguồn kết nạp."),
            new Said(OpinionArea.PARTY_BUILDING, "Đảng viên phải gương mẫu đi đầu trong phân loại rác và hiến đất làm"
                    + " đường."),
            new Said(OpinionArea.PARTY_BUILDING, "Đề nghị gửi tài liệu sinh hoạt trước để đảng viên nghiên cứu,"
                    + " chuẩn bị ý kiến."),
            new Said(OpinionArea.PARTY_BUILDING, "Tự phê bình và phê bình trong chi bộ cần thẳng thắn hơn, tránh nể"
                    + " nang."));

    /** What members say at a thematic meeting, whatever its theme. */
    static final List<Said> THEMATIC_OPINIONS = List.of(
            new Said(OpinionArea.PARTY_BUILDING, "Bản thân nhận thức rõ hơn trách nhiệm nêu gương của người đảng viên ở"
                    + " khu dân cư."),
            new Said(OpinionArea.PARTY_BUILDING, "Đề nghị bổ sung vào dự thảo nghị quyết chuyên đề chỉ tiêu cụ thể và"
                    + " thời hạn thực hiện."),
            new Said(OpinionArea.PARTY_BUILDING, "Liên hệ với chi bộ: một số việc làm theo chuyên đề còn hình thức, cần"
                    + " có cách làm cụ thể hơn."),
            new Said(OpinionArea.PARTY_BUILDING, "Đề nghị phân công mỗi đảng viên phụ trách một nhóm hộ để triển khai"
                    + " nội dung chuyên đề."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Dự thảo sát với tình hình của thôn; đề nghị thêm giải pháp huy động"
                    + " các đoàn thể cùng tham gia."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Cần sơ kết, biểu dương kịp thời các tập thể, cá nhân làm tốt sau mỗi"
                    + " quý."),
            new Said(OpinionArea.ECONOMY, "Gắn chuyên đề với phát triển kinh tế hộ, nhất là vùng trồng hành, tỏi của"
                    + " thôn."));

    static final List<Said> SCHOOL_OPINIONS = List.of(
            new Said(OpinionArea.CULTURE_SOCIETY, "Đề nghị tăng cường dự giờ, thăm lớp để giúp giáo viên trẻ đổi mới"
                    + " phương pháp."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Cần phối hợp chặt chẽ với cha mẹ học sinh trong quản lý học sinh"
                    + " ngoài giờ."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Đề nghị có kế hoạch phụ đạo học sinh yếu ngay từ đầu học kỳ."),
            new Said(OpinionArea.PARTY_BUILDING, "Đảng viên là tổ trưởng chuyên môn phải gương mẫu trong sinh hoạt"
                    + " chuyên môn theo nghiên cứu bài học."),
            new Said(OpinionArea.PARTY_BUILDING, "Đề nghị chi bộ giới thiệu hai giáo viên trẻ ưu tú học lớp nhận thức"
                    + " về Đảng."),
            new Said(OpinionArea.DEFENCE_SECURITY, "Cần bảo đảm an toàn giao thông trước cổng trường giờ tan học."),
            new Said(OpinionArea.ECONOMY, "Đề nghị công khai các khoản thu, chi đầu năm học theo đúng quy định."),
            new Said(OpinionArea.PARTY_BUILDING, "Đề nghị chi bộ đánh giá cụ thể việc thực hiện nghị quyết tháng trước"
                    + " của từng tổ chuyên môn."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Cần quan tâm giáo dục kỹ năng sống, phòng chống bạo lực học đường"
                    + " cho học sinh."),
            new Said(OpinionArea.CULTURE_SOCIETY, "Đề nghị dùng sổ điểm điện tử, thông báo kết quả học tập kịp thời"
                    + " cho cha mẹ học sinh."),
            new Said(OpinionArea.PARTY_BUILDING, "Đảng viên phải gương mẫu thực hiện quy tắc ứng xử trong nhà"
                    + " trường."));

    /** Excuses for an absence, as the roll call reports them. */
    static final List<String> EXCUSES = List.of(
            "Đi làm ăn xa", "Ốm, điều trị tại bệnh viện", "Đi công tác", "Việc gia đình đột xuất",
            "Chăm sóc người thân ốm", "Trực cơ quan");

    /** The member excused at every meeting of a quarter in one branch (the 12-HD rule's "more than 3 in a row"). */
    static final String AWAY_FOR_WORK = "Đi lao động tại Bình Dương";

    /** A village task: what, and who does it ({@code %s} is the village, or null for a member of the branch). */
    record Job(String title, String assignee) {
    }

    static final List<Job> VILLAGE_TASKS = List.of(
            new Job("Vận động 100% số hộ phân loại rác thải sinh hoạt tại nguồn",
                    "Tổ tự quản vệ sinh môi trường thôn %s"),
            new Job("Nạo vét kênh mương nội đồng trước vụ", "Trưởng thôn %s"),
            new Job("Thăm hỏi, tặng quà gia đình chính sách, hộ nghèo", "Ban công tác Mặt trận thôn %s"),
            new Job("Hướng dẫn bà con phòng trừ sâu bệnh cho lúa", "Chi hội Nông dân thôn %s"),
            new Job("Tuần tra an ninh trật tự ban đêm ở các trục đường chính", "Tổ bảo vệ an ninh trật tự thôn %s"),
            new Job("Tuyên truyền phòng chống lừa đảo qua mạng cho hội viên", "Chi hội Phụ nữ thôn %s"),
            new Job("Vận động thanh niên trong độ tuổi đăng ký nghĩa vụ quân sự", "Chi đoàn thôn %s"),
            new Job("Vận động nhân dân tham gia bảo hiểm y tế hộ gia đình", "Ban công tác Mặt trận thôn %s"),
            new Job("Ra quân vệ sinh đường làng, ngõ xóm", "Chi đoàn thôn %s"),
            new Job("Hòa giải vụ tranh chấp ranh giới đất ở xóm giữa", "Tổ hòa giải thôn %s"),
            new Job("Lập danh sách quần chúng ưu tú giới thiệu cho chi bộ bồi dưỡng", null),
            new Job("Đôn đốc thu nộp đảng phí đúng kỳ", null),
            new Job("Hoàn thiện hồ sơ đề nghị công nhận khu dân cư văn hóa", "Trưởng thôn %s"),
            new Job("Hướng dẫn bà con làm đất, trồng hành, tỏi vụ đông đúng lịch thời vụ", "Chi hội Nông dân thôn %s"));

    static final List<Job> THEMATIC_TASKS = List.of(
            new Job("Hoàn thiện nghị quyết chuyên đề, gửi đảng viên và báo cáo Đảng ủy xã", null),
            new Job("Xây dựng kế hoạch thực hiện nghị quyết chuyên đề, phân công đảng viên phụ trách nhóm hộ", null));

    static final List<Job> SCHOOL_TASKS = List.of(
            new Job("Dự giờ, thăm lớp giáo viên trẻ, mỗi tổ ít nhất hai tiết một tháng", "Tổ chuyên môn"),
            new Job("Phụ đạo học sinh chưa hoàn thành chương trình", "Tổ chuyên môn"),
            new Job("Công khai các khoản thu, chi của nhà trường", "Ban giám hiệu"),
            new Job("Giới thiệu quần chúng ưu tú học lớp nhận thức về Đảng", "Công đoàn nhà trường"),
            new Job("Tổ chức hoạt động trải nghiệm cho học sinh", "Liên đội"));

    /** What a senior reviewer said after a pilot meeting (seed 003), one set per zone. */
    record Review(String strengths, String limitations, String remedies) {
    }

    static final List<Review> PILOT_REVIEWS = List.of(
            new Review("Chuẩn bị chu đáo: chi ủy họp trước, thống nhất nội dung; tài liệu gửi đảng viên trước một ngày."
                    + " Điều hành ngắn gọn, đúng trình tự tám bước; thảo luận tập trung vào bốn lĩnh vực kinh tế,"
                    + " văn hóa - xã hội, quốc phòng - an ninh và xây dựng Đảng.",
                    "Một số ý kiến còn chung chung, chưa đề xuất giải pháp; phần kiểm điểm nghị quyết tháng trước chưa"
                            + " nêu rõ nguyên nhân việc chưa hoàn thành; tự phê bình và phê bình chưa sâu.",
                    "Kết luận của chủ tọa phải giao việc cụ thể cho từng tổ chức, đảng viên, có thời hạn và kỳ báo cáo"
                            + " kết quả; mở rộng thành phần mời dự là trưởng các đoàn thể thôn; chi ủy theo dõi, đôn"
                            + " đốc việc thực hiện."),
            new Review("Nội dung sinh hoạt phong phú, gắn với nhiệm vụ chính trị của thôn; đảng viên phát biểu thẳng"
                    + " thắn, có nhiều ý kiến về phân loại rác tại nguồn.",
                    "Thời gian dành cho thông tin thời sự còn dài; biên bản ghi chưa đầy đủ ý kiến thảo luận.",
                    "Phân công thư ký ghi biên bản đầy đủ; dành ít nhất một nửa thời gian cho thảo luận; chi ủy"
                            + " chuẩn bị trước các vấn đề cần biểu quyết."),
            new Review("Chi bộ giữ nền nếp sinh hoạt đúng ngày; tỷ lệ đảng viên dự cao; nghị quyết tháng có chỉ tiêu cụ"
                    + " thể.",
                    "Chưa mời đại diện các đoàn thể dự; một số đảng viên cao tuổi chưa được phân công nhiệm vụ phù"
                            + " hợp.",
                    "Mời trưởng các đoàn thể thôn dự các kỳ sinh hoạt; phân công nhiệm vụ phù hợp với sức khỏe của đảng"
                            + " viên cao tuổi."),
            new Review("Bí thư chi bộ điều hành chủ động, dứt khoát; kết luận giao việc rõ người, rõ thời hạn.",
                    "Chưa đánh giá việc thực hiện nghị quyết chuyên đề quý trước; phần biểu quyết chưa ghi rõ số đồng"
                            + " chí tán thành.",
                    "Đưa việc kiểm điểm nghị quyết chuyên đề vào kỳ sinh hoạt cuối quý; ghi rõ kết quả biểu quyết trong"
                            + " biên bản."));
}
