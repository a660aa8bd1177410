package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.conferences.Conference;
import vn.nennep.conferences.ConferenceFollowUp;
import vn.nennep.conferences.ConferenceKind;
import vn.nennep.conferences.ConferenceStatus;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * The conferences of the press reports. Nam Sách (seed 000): the five thematic conferences on its hard issues, with
 * their field surveys and what was followed up afterwards. Kim Bảng (seed 001): its 2021 contest of branch
 * secretaries over bridge points, its 2022 seminar (1,500 participants, 106 opinions) and its 2023 seminars in 18
 * communes (515 and 162); Kim Bảng is in Hà Nam, so it gets its own province and district, without communes (the
 * sites are only names). Nam Sách's conferences are past HELD on the strength of the thematic resolutions that
 * {@link DemoResolutions} links to them (loaded right after, in the same transaction); Kim Bảng's are HELD.
 * Deterministic: the same every time.
 */
final class DemoConferences {

    /** Kim Bảng's 16 communes and 2 towns, where the 2023 seminars were held. */
    private static final List<String> KIM_BANG_COMMUNES = List.of(
            "Thị trấn Quế", "Thị trấn Ba Sao", "Xã Đồng Hóa", "Xã Hoàng Tây", "Xã Khả Phong", "Xã Lê Hồ",
            "Xã Liên Sơn", "Xã Ngọc Sơn", "Xã Nguyễn Úy", "Xã Nhật Tân", "Xã Nhật Tựu", "Xã Tân Sơn", "Xã Thanh Sơn",
            "Xã Thi Sơn", "Xã Thụy Lôi", "Xã Tượng Lĩnh", "Xã Văn Xá", "Xã Đại Cương");

    private final EntityManager em;
    /** Persisted together at the end, each row complete: conferences first, then their follow-ups. */
    private final List<Conference> conferences = new ArrayList<>();
    private final List<ConferenceFollowUp> followUps = new ArrayList<>();

    DemoConferences(EntityManager em) {
        this.em = em;
    }

    /** Loads the conferences; Nam Sách (code HD-NS) must be loaded already. */
    void load() {
        Organization namSach = Organization.find("code", "HD-NS").firstResult();
        namSach(namSach);
        Organization haNam = organization("HNA", "Đảng bộ tỉnh Hà Nam", OrganizationType.PROVINCE, null);
        kimBang(organization("HNA-KB", "Đảng bộ huyện Kim Bảng", OrganizationType.DISTRICT, haNam));
        conferences.forEach(em::persist);
        followUps.forEach(em::persist);
        em.flush();
    }

    private void namSach(Organization district) {
        Conference students = conference("ns-hoc-sinh-thpt", district, ConferenceKind.THEMATIC,
                "Hội nghị chuyên đề về tạo nguồn kết nạp đảng viên là học sinh trung học phổ thông",
                "Số học sinh THPT được kết nạp Đảng còn rất ít; nguồn phát triển đảng viên trẻ thiếu hụt.",
                LocalDate.of(2021, 4, 16));
        survey(students, "Các trường THPT đã quan tâm giáo dục chính trị, tư tưởng; nhiều học sinh ưu tú là đoàn viên.",
                "Cả huyện mới kết nạp được rất ít đảng viên là học sinh THPT.",
                "Chưa có sự phối hợp giữa chi bộ trường, đoàn thanh niên và cấp ủy nơi cư trú; học sinh chưa được học"
                        + " lớp nhận thức về Đảng từ sớm.");
        site(students, "Hội trường Huyện ủy Nam Sách", 150, 12);
        students.status = ConferenceStatus.FOLLOW_UP;
        followUp(students, LocalDate.of(2023, 12, 20),
                "Một số em sau khi tốt nghiệp đi học xa, chi bộ nơi cư trú khó theo dõi, quản lý.",
                "Chuyển sinh hoạt đảng kịp thời về nơi học tập; chi bộ trường giữ liên hệ với cấp ủy nơi cư trú."
                        + " Năm 2023 kết nạp 40 đảng viên là học sinh THPT, điển hình của tỉnh.");

        Conference waste = conference("ns-phan-loai-rac", district, ConferenceKind.THEMATIC,
                "Hội nghị chuyên đề về phân loại, thu gom, xử lý chất thải rắn sinh hoạt tại nguồn",
                "Phân loại rác thải tại nguồn là việc khó, ít nơi trong tỉnh làm được.", LocalDate.of(2021, 9, 24));
        survey(waste, "Một số thôn đã thí điểm thu gom rác theo giờ, theo ngày cố định.",
                "Rác thải sinh hoạt chưa được phân loại, lượng rác đưa đi xử lý lớn, gây ô nhiễm môi trường.",
                "Thói quen của người dân; thiếu thùng chứa và phương tiện thu gom riêng từng loại rác.");
        site(waste, "Hội trường Huyện ủy Nam Sách", 180, 15);
        waste.status = ConferenceStatus.FOLLOW_UP;
        followUp(waste, LocalDate.of(2022, 6, 30),
                "Tại các chợ nông thôn rác chưa được phân loại triệt để.",
                "Ban quản lý chợ bố trí thùng phân loại; tổ tự quản thôn kiểm tra hằng tuần.");
        followUp(waste, LocalDate.of(2023, 8, 31),
                "Một số hộ mới chuyển đến chưa nắm quy định phân loại rác.",
                "Chi bộ thôn phân công đảng viên phụ trách từng cụm dân cư hướng dẫn;"
                        + " 100% số hộ dân đã phân loại rác thải sinh hoạt tại nguồn, đi đầu toàn tỉnh.");

        Conference meetings = conference("ns-sinh-hoat-chi-bo", district, ConferenceKind.THEMATIC,
                "Hội nghị chuyên đề về nâng cao chất lượng sinh hoạt chi bộ",
                "Nội dung sinh hoạt chi bộ ở một số nơi còn đơn điệu, chưa đầy đủ; đảng viên ngại tự phê bình"
                        + " và phê bình.",
                LocalDate.of(2022, 3, 25));
        survey(meetings, "Đa số chi bộ duy trì sinh hoạt thường kỳ hằng tháng.",
                "Nội dung sinh hoạt ở một số nơi còn đơn điệu, chưa đầy đủ; tỷ lệ đảng viên dự và số lượt phát"
                        + " biểu thấp.",
                "Cấp ủy chưa chuẩn bị kỹ nội dung; chưa có hướng dẫn thống nhất về trình tự các bước sinh hoạt.");
        site(meetings, "Hội trường Huyện ủy Nam Sách", 210, 18);
        meetings.status = ConferenceStatus.FOLLOW_UP;
        followUp(meetings, LocalDate.of(2023, 3, 31),
                "Một số chi bộ chưa bảo đảm thời gian sinh hoạt từ 90 phút trở lên.",
                "Treo bảng quy trình sinh hoạt chi bộ tại nơi sinh hoạt để đảng viên cùng giám sát; đồng chí Phó Bí thư"
                        + " Thường trực Huyện ủy dự sinh hoạt chi bộ tại xã An Lâm để rút kinh nghiệm.");

        Conference petitions = conference("ns-tiep-dan", district, ConferenceKind.THEMATIC,
                "Hội nghị chuyên đề về công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo",
                "Số lượt công dân kiến nghị, phản ánh, gửi đơn thư khiếu nại, tố cáo có xu hướng tăng ở cấp huyện;"
                        + " Nam Sách là một trong những địa phương có nhiều đơn thư nhất tỉnh.",
                LocalDate.of(2023, 8, 17));
        survey(petitions, "Các xã, thị trấn đã bố trí lịch tiếp công dân định kỳ.",
                "Còn đơn thư tồn đọng, kéo dài, vượt cấp.",
                "Một số cơ sở chưa chủ động đối thoại, giải quyết từ sớm, từ cơ sở.");
        site(petitions, "Hội trường Huyện ủy Nam Sách", 220, 16);
        petitions.status = ConferenceStatus.FOLLOW_UP;
        followUp(petitions, LocalDate.of(2023, 11, 15),
                "Một số xã vẫn để công dân gửi đơn vượt cấp lên huyện.",
                "Bí thư cấp ủy xã trực tiếp tiếp công dân định kỳ; việc tiếp dân được thực hiện quy củ, chặt chẽ hơn"
                        + " ở cả cấp huyện và xã.");

        Conference education = conference("ns-giao-duc", district, ConferenceKind.THEMATIC,
                "Hội nghị chuyên đề về nâng cao chất lượng giáo dục và đào tạo",
                "Chất lượng giáo dục và đào tạo của huyện chưa tương xứng với tiềm năng.", LocalDate.of(2023, 3, 17));
        survey(education, "Tỷ lệ trường đạt chuẩn quốc gia tăng.",
                "Kết quả thi vào lớp 10 và tốt nghiệp THPT chưa cao so với các huyện trong tỉnh.",
                "Đội ngũ giáo viên còn thiếu ở một số môn; cơ sở vật chất một số trường xuống cấp.");
        site(education, "Hội trường Huyện ủy Nam Sách", 190, 14);
        education.status = ConferenceStatus.RESOLUTION_ISSUED;
    }

    private void kimBang(Organization district) {
        Conference contest = conference("kb-hoi-thi-bi-thu-2021", district, ConferenceKind.CONTEST,
                "Hội thi Bí thư chi bộ giỏi năm 2021",
                "Năng lực của đội ngũ bí thư chi bộ thôn, tổ dân phố chưa đồng đều.", LocalDate.of(2021, 11, 26));
        site(contest, "Hội thi cấp cụm (6 cụm)", 715, 0);
        site(contest, "Điểm cầu hội trường UBND huyện", 128, 0);
        site(contest, "Điểm cầu nhà văn hóa trung tâm 18 xã, thị trấn", 918, 0);

        Conference seminar = conference("kb-toa-dam-2022", district, ConferenceKind.SEMINAR,
                "Tọa đàm nâng cao chất lượng hoạt động của các chi bộ thôn, tổ dân phố",
                "Vai trò lãnh đạo của chi bộ thôn, tổ dân phố chưa được phát huy đầy đủ.", LocalDate.of(2022, 10, 14));
        site(seminar, "Hội nghị tọa đàm cấp huyện và cơ sở", 1500, 106);

        Conference communes = conference("kb-toa-dam-2023", district, ConferenceKind.SEMINAR,
                "Tọa đàm nâng cao chất lượng sinh hoạt chi bộ chuyên đề của các chi bộ thôn, tổ dân phố"
                        + " (Kế hoạch số 199-KH/HU)",
                "Chất lượng sinh hoạt chuyên đề của các chi bộ thôn, tổ dân phố từ đầu nhiệm kỳ 2020-2025 còn hạn chế.",
                LocalDate.of(2023, 9, 21));
        communes.scheduledOn = LocalDate.of(2023, 9, 1);
        survey(communes, "Các chi bộ thôn của Đồng Hóa đều đã ra được nghị quyết chuyên đề.",
                "Những tồn tại, hạn chế đã chỉ ra tại Hội nghị sinh hoạt chuyên đề \"tự soi, tự sửa\".", null);
        // 515 participants and 162 opinions across the 18 communes: 29 or 28 people, 8 or 10 opinions each.
        for (int i = 0; i < KIM_BANG_COMMUNES.size(); i++) {
            site(communes, KIM_BANG_COMMUNES.get(i), i < 11 ? 29 : 28, i % 2 == 0 ? 8 : 10);
        }
    }

    /** A held conference; its scheduled date is its date held unless set otherwise. */
    private Conference conference(String key, Organization organizer, ConferenceKind kind, String title,
            String problem, LocalDate heldOn) {
        Conference conference = new Conference();
        conference.id = idOf("conference:" + key);
        conference.organizerId = organizer.id;
        conference.kind = kind;
        conference.title = title;
        conference.problem = problem;
        conference.status = ConferenceStatus.HELD;
        conference.scheduledOn = heldOn;
        conference.heldOn = heldOn;
        conference.sites = new ArrayList<>();
        conferences.add(conference);
        return conference;
    }

    private static void survey(Conference conference, String achievements, String limitations, String causes) {
        conference.surveyAchievements = achievements;
        conference.surveyLimitations = limitations;
        conference.surveyCauses = causes;
    }

    private static void site(Conference conference, String name, int participants, int opinions) {
        conference.sites.add(new Conference.Site(name, participants, opinions));
    }

    private void followUp(Conference conference, LocalDate recordedOn, String problems, String solutions) {
        ConferenceFollowUp followUp = new ConferenceFollowUp();
        followUp.id = idOf("follow-up:" + conference.id + ":" + recordedOn);
        followUp.conferenceId = conference.id;
        followUp.recordedOn = recordedOn;
        followUp.problems = problems;
        followUp.solutions = solutions;
        followUps.add(followUp);
    }

    private Organization organization(String code, String name, OrganizationType type, Organization parent) {
        Organization org = new Organization();
        org.id = idOf(code);
        org.code = code;
        org.name = name;
        org.type = type;
        org.parentId = parent == null ? null : parent.id;
        org.path = (parent == null ? "/" : parent.path) + org.id + "/";
        em.persist(org);
        return org;
    }

    /** The same ids as {@link DemoDistrict}'s, from the same namespace. */
    private static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("nennep-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
