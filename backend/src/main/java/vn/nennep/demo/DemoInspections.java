package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.inspections.FindingArea;
import vn.nennep.inspections.FindingRating;
import vn.nennep.inspections.Inspection;
import vn.nennep.inspections.Inspection.Finding;
import vn.nennep.inspections.Inspection.Remedy;
import vn.nennep.inspections.Inspection.TeamMember;
import vn.nennep.inspections.InspectionKind;
import vn.nennep.inspections.InspectionStatus;
import vn.nennep.inspections.RemedyStatus;
import vn.nennep.inspections.TeamRole;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.Resolution;

/**
 * The Standing Committee's checks of how 21-KL/TW is carried out (seed 004: "các đoàn kiểm tra, giám sát tại các tổ
 * chức cơ sở đảng"): an inspection 70 days ago, concluded and closed once every remedy was done or waived, and a
 * supervision 50 days ago, concluded, whose remedies are still open, two of them past their date. Dates counted back
 * from the day of loading, as {@link DemoStudies}' are.
 */
final class DemoInspections {

    static final String CLOSED_PLAN = "412-QĐ/HU";
    static final String CONCLUDED_PLAN = "436-QĐ/HU";

    private final EntityManager em;
    private final LocalDate today;

    DemoInspections(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    void load(Organization district, Resolution conclusion) {
        closed(district, conclusion);
        concluded(district, conclusion);
    }

    private void closed(Organization district, Resolution conclusion) {
        UUID town = id("TS-TTTRIEUSON");
        UUID xuanTho = id("TS-XUANTHO");
        UUID school = id("TS-THPT1");
        Inspection i = inspection(district, conclusion, InspectionKind.INSPECTION, CLOSED_PLAN,
                "Kiểm tra việc lãnh đạo, chỉ đạo học tập, quán triệt và xây dựng kế hoạch hành động thực hiện Kết"
                        + " luận số 21-KL/TW", List.of(town, xuanTho, school), 70, 64);
        i.findings = new ArrayList<>(List.of(
                new Finding(FindingArea.DOCUMENTS_ISSUED, town, FindingRating.GOOD, "Ban hành kịp thời kế hoạch"
                        + " học tập và kế hoạch hành động; phân công rõ người, rõ việc, rõ thời gian."),
                new Finding(FindingArea.MODELS, town, FindingRating.GOOD, "Xây dựng mô hình \"Khu phố gương mẫu"
                        + " học tập và làm theo\" ở 16 tiểu khu."),
                new Finding(FindingArea.COMPLETION_TIME, xuanTho, FindingRating.SHORTCOMINGS, "Tổ chức học tập cho"
                        + " đảng viên các chi bộ thôn chậm so với kế hoạch của Ban Thường vụ Huyện ủy."),
                new Finding(FindingArea.ACTION_PLAN, school, FindingRating.SATISFACTORY, "Kế hoạch hành động có"
                        + " nội dung, song chưa gắn với nhiệm vụ giáo dục chính trị, tư tưởng cho học sinh.")));
        conclude(i, "58-KL/HU", 55, "Các tổ chức cơ sở đảng được kiểm tra đã cơ bản thực hiện nghiêm túc việc học"
                + " tập, quán triệt Kết luận số 21-KL/TW; yêu cầu khắc phục các hạn chế nêu trong kết luận.");
        i.remedies = new ArrayList<>(List.of(
                new Remedy(xuanTho, "Tổ chức học tập bổ sung cho đảng viên chưa tham gia; báo cáo kết quả về Ban"
                        + " Thường vụ Huyện ủy.", daysAgo(40), RemedyStatus.DONE, daysAgo(46), null),
                new Remedy(school, "Bổ sung kế hoạch hành động các nội dung giáo dục chính trị, tư tưởng cho học"
                        + " sinh.", daysAgo(35), RemedyStatus.DONE, daysAgo(38), null),
                new Remedy(xuanTho, "Rà soát, kiện toàn tổ tuyên truyền viên cơ sở.", daysAgo(30),
                        RemedyStatus.WAIVED, null, "Nội dung trùng với kiến nghị của Đoàn giám sát Ủy ban Kiểm tra"
                                + " Tỉnh ủy, đã được theo dõi khắc phục theo kết luận của cấp trên.")));
        i.status = InspectionStatus.CLOSED;
        i.closedOn = daysAgo(20);
        i.refreshSearchText();
        em.persist(i);
    }

    private void concluded(Organization district, Resolution conclusion) {
        UUID thoDan = id(DemoTrieuSon.communeCode(DemoTrieuSonUnits.ROSTERED_COMMUNE, false));
        UUID dongTien = id("TS-DONGTIEN");
        UUID government = id("TS-CQCQ");
        Inspection i = inspection(district, conclusion, InspectionKind.SUPERVISION, CONCLUDED_PLAN,
                "Giám sát việc triển khai thực hiện Kết luận số 21-KL/TW và kế hoạch hành động của tổ chức cơ sở"
                        + " đảng", List.of(thoDan, dongTien, government), 50, 45);
        i.findings = new ArrayList<>(List.of(
                new Finding(FindingArea.ACTION_PLAN, thoDan, FindingRating.SHORTCOMINGS, "Kế hoạch hành động"
                        + " chưa sát với tình hình thực tế của xã, đã được Ban Thường vụ trả lại để bổ sung."),
                new Finding(FindingArea.DOCUMENTS_ISSUED, dongTien, FindingRating.SATISFACTORY, "Ban hành đủ"
                        + " văn bản triển khai, song chậm so với thời gian quy định."),
                new Finding(FindingArea.TARGET_RESULTS, dongTien, FindingRating.SHORTCOMINGS, "Một số chỉ tiêu"
                        + " về phát triển đảng viên năm nay đạt thấp."),
                new Finding(FindingArea.MODELS, government, FindingRating.GOOD, "Mô hình \"Dân vận khéo\" trong"
                        + " cải cách hành chính được nhân rộng ở các phòng, ban.")));
        conclude(i, "61-KL/HU", 38, "Yêu cầu các tổ chức cơ sở đảng được giám sát khắc phục ngay các hạn chế, báo cáo"
                + " kết quả về Ban Thường vụ Huyện ủy (qua Ủy ban Kiểm tra Huyện ủy) đúng thời hạn.");
        i.remedies = new ArrayList<>(List.of(
                new Remedy(thoDan, "Hoàn thiện kế hoạch hành động thực hiện Kết luận số 21-KL/TW, gửi Ban Thường"
                        + " vụ Huyện ủy.", daysAgo(10), RemedyStatus.OPEN, null, null),
                new Remedy(dongTien, "Xây dựng giải pháp nâng cao chất lượng phát triển đảng viên.", daysAgo(5),
                        RemedyStatus.OPEN, null, null),
                new Remedy(government, "Tổng kết, nhân rộng mô hình \"Dân vận khéo\".", daysAgo(15),
                        RemedyStatus.DONE, daysAgo(18), null),
                new Remedy(dongTien, "Kiểm điểm trách nhiệm tập thể Ban Thường vụ Đảng ủy xã về việc chậm ban hành"
                        + " văn bản.", today.plusDays(20), RemedyStatus.OPEN, null, null)));
        i.status = InspectionStatus.CONCLUDED;
        i.refreshSearchText();
        em.persist(i);
    }

    private Inspection inspection(Organization district, Resolution conclusion, InspectionKind kind, String plan,
            String title, List<UUID> subjects, int from, int to) {
        Inspection i = new Inspection();
        i.id = DemoTrieuSon.idOf("inspection:" + plan);
        i.organizationId = district.id;
        i.kind = kind;
        i.planNumber = DocumentNumber.parse(plan, DocumentType.codes()).text();
        i.title = title;
        i.subjectOrganizationIds = new ArrayList<>(subjects);
        i.resolutionIds = new ArrayList<>(List.of(conclusion.id));
        i.team = new ArrayList<>(List.of(
                new TeamMember("Hoàng Văn Tuấn", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
                        TeamRole.HEAD),
                new TeamMember("Lê Thị Minh", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", TeamRole.DEPUTY),
                new TeamMember("Trịnh Văn Dũng", "Phó Trưởng Ban Tuyên giáo Huyện ủy", TeamRole.MEMBER),
                new TeamMember("Nguyễn Thị Hằng", "Kiểm tra viên Ủy ban Kiểm tra Huyện ủy", TeamRole.SECRETARY)));
        i.plannedFrom = daysAgo(from);
        i.plannedTo = daysAgo(to);
        i.startedOn = i.plannedFrom;
        i.endedOn = i.plannedTo;
        return i;
    }

    private void conclude(Inspection i, String number, int daysAgo, String text) {
        i.conclusionNumber = DocumentNumber.parse(number, DocumentType.codes()).text();
        i.conclusionIssuedOn = daysAgo(daysAgo);
        i.conclusionText = text;
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private static UUID id(String code) {
        Organization org = Organization.find("code", code).firstResult();
        if (org == null) {
            throw new IllegalStateException("demo organization " + code + " is missing");
        }
        return org.id;
    }
}
