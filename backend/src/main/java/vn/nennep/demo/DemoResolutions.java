package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.User;
import vn.nennep.conferences.Conference;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.Comparison;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.IndicatorReport;
import vn.nennep.meetings.MeetingKind;
import vn.nennep.resolutions.Metric;
import vn.nennep.resolutions.ReportStatus;
import vn.nennep.resolutions.Resolution;
import vn.nennep.resolutions.Target;
import vn.nennep.resolutions.TargetRules.Tier;

/**
 * The resolutions of the press reports. Nam Sách (seed 000): the thematic resolutions of its conferences, among them
 * 17-NQ/HU on branch meetings with exactly the targets the article quotes (≥ 85 % attendance; 3/5/8 opinions for
 * branches under 20, 20–49, 50 and more; 3 opinions at a thematic meeting on Hồ Chí Minh's thought; 90 minutes, 120
 * when combined; a thematic meeting a quarter), and the indicators of the waste-sorting (100 % of households) and
 * student-admission (40 in 2023) resolutions with reports in every state. Kim Bảng (seed 001): plan 199-KH/HU.
 * Deterministic: the same every time.
 */
final class DemoResolutions {

    private static final String TERM = "2020-2025";
    private static final String HCM = "tư tưởng, đạo đức, phong cách Hồ Chí Minh";

    private final EntityManager em;
    private final List<String> types;

    DemoResolutions(EntityManager em) {
        this.em = em;
        this.types = DocumentType.codes();
    }

    /** Loads the resolutions; the districts (and, when present, the conferences) must be loaded already. */
    void load() {
        Organization namSach = organization("HD-NS");
        Resolution students = resolution("05-NQ/HU", namSach, LocalDate.of(2021, 5, 5), "ns-hoc-sinh-thpt",
                "Nghị quyết chuyên đề về tạo nguồn kết nạp đảng viên là học sinh trung học phổ thông");
        Resolution waste = resolution("09-NQ/HU", namSach, LocalDate.of(2021, 10, 15), "ns-phan-loai-rac",
                "Nghị quyết chuyên đề về phân loại, thu gom, xử lý chất thải rắn sinh hoạt tại nguồn");
        Resolution meetings = resolution("17-NQ/HU", namSach, LocalDate.of(2022, 4, 15), "ns-sinh-hoat-chi-bo",
                "Nghị quyết chuyên đề về nâng cao chất lượng sinh hoạt chi bộ");
        resolution("22-NQ/HU", namSach, LocalDate.of(2023, 4, 10), "ns-giao-duc",
                "Nghị quyết chuyên đề về nâng cao chất lượng giáo dục và đào tạo");
        resolution("27-NQ/HU", namSach, LocalDate.of(2023, 9, 5), "ns-tiep-dan",
                "Nghị quyết chuyên đề về công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo");
        Organization kimBang = Organization.find("code", "HNA-KB").firstResult();
        if (kimBang != null) {
            resolution("199-KH/HU", kimBang, LocalDate.of(2023, 8, 10), null,
                    "Kế hoạch tổ chức tọa đàm nâng cao chất lượng sinh hoạt chi bộ chuyên đề của các chi bộ thôn,"
                            + " tổ dân phố");
        }

        target(meetings, "Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 85% trở lên", Metric.ATTENDANCE_RATE, 85, null,
                null, null, null);
        target(meetings, "Số lượt ý kiến tham gia xây dựng nghị quyết: chi bộ dưới 20 đảng viên ít nhất 3, từ 20 đến"
                + " dưới 50 ít nhất 5, từ 50 trở lên ít nhất 8", Metric.OPINION_COUNT, null,
                List.of(tier(0, 20, 3), tier(20, 50, 5), tier(50, null, 8)), null, null, null);
        target(meetings, "Riêng sinh hoạt chuyên đề học tập " + HCM + " có ít nhất 3 lượt ý kiến thảo luận",
                Metric.OPINION_COUNT, 3, null, MeetingKind.THEMATIC, HCM, null);
        target(meetings, "Thời gian sinh hoạt chi bộ từ 90 phút trở lên (từ 120 phút khi kết hợp sinh hoạt thường kỳ"
                + " với chuyên đề)", Metric.DURATION_MINUTES, 90, null, null, null, 120);
        target(meetings, "Sinh hoạt chuyên đề ít nhất mỗi quý 1 lần", Metric.THEMATIC_PER_QUARTER, 1, null, null,
                null, null);

        Target sorting = target(waste, "100% số hộ dân phân loại rác thải sinh hoạt tại nguồn", Metric.INDICATOR, 100,
                null, null, null, null);
        sorting.unit = "% số hộ";
        Target admitted = target(students, "Kết nạp 40 đảng viên là học sinh THPT trong năm 2023", Metric.INDICATOR,
                40, null, null, null, null);
        admitted.unit = "đảng viên";
        em.flush();

        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        report(sorting, "NS-ANLAM", from, to, "100", "Biên bản kiểm tra của Ban Chỉ đạo huyện tại 4 thôn: 1.236/1.236"
                + " hộ phân loại rác tại nguồn.", ReportStatus.ACCEPTED, null);
        report(sorting, "NS-NAMHUNG", from, to, "98.5", "Báo cáo của Đảng ủy xã Nam Hưng kèm sổ theo dõi thu gom"
                + " rác của các tổ tự quản.", ReportStatus.SUBMITTED, null);
        report(sorting, "NS-THANHQUANG", from, to, "96", "Báo cáo tổng hợp của Ủy ban nhân dân xã.",
                ReportStatus.RETURNED, "Chưa kèm biên bản kiểm tra thực tế tại các thôn; đề nghị bổ sung.");
        report(sorting, "NS-HOPTIEN", from, to, "92.5", "Số liệu tạm tính của các chi bộ thôn, đang rà soát.",
                ReportStatus.DRAFT, null);
        report(admitted, "HD-NS", from, LocalDate.of(2023, 6, 30), "18", "Quyết định kết nạp đảng viên của Ban"
                + " Thường vụ Huyện ủy đối với 18 học sinh các trường THPT (6 tháng đầu năm).", ReportStatus.ACCEPTED,
                null);
        report(admitted, "HD-NS", from, to, "40", "Quyết định kết nạp đảng viên của Ban Thường vụ Huyện ủy đối với 40"
                + " học sinh các trường THPT trên địa bàn huyện năm 2023.", ReportStatus.ACCEPTED, null);
        em.flush();
    }

    private Resolution resolution(String number, Organization issuer, LocalDate issuedOn, String conferenceKey,
            String title) {
        DocumentNumber parsed = DocumentNumber.parse(number, types);
        Resolution r = new Resolution();
        r.id = idOf("resolution:" + number + ":" + issuer.code);
        r.number = parsed.text();
        r.sequence = parsed.sequence();
        r.documentType = parsed.documentType();
        r.issuerCode = parsed.issuer().code;
        r.issuerId = issuer.id;
        r.term = TERM;
        r.issuedOn = issuedOn;
        r.title = title;
        r.scopeOrganizationId = issuer.id;
        r.effectiveFrom = issuedOn;
        if (conferenceKey != null && Conference.findById(idOf("conference:" + conferenceKey)) != null) {
            r.conferenceId = idOf("conference:" + conferenceKey);
        }
        em.persist(r);
        return r;
    }

    private Target target(Resolution resolution, String title, Metric metric, Integer threshold, List<Tier> tiers,
            MeetingKind kind, String theme, Integer combined) {
        Target t = new Target();
        t.id = idOf("target:" + resolution.number + ":" + title);
        t.resolutionId = resolution.id;
        t.title = title;
        t.metric = metric;
        t.comparator = Comparison.GTE;
        t.threshold = threshold == null ? null : BigDecimal.valueOf(threshold);
        t.tiers = tiers;
        t.meetingKind = kind;
        t.theme = theme;
        t.unit = metric.defaultUnit;
        t.combinedThreshold = combined == null ? null : BigDecimal.valueOf(combined);
        em.persist(t);
        return t;
    }

    private void report(Target target, String organizationCode, LocalDate periodStart, LocalDate periodEnd,
            String value, String evidence, ReportStatus status, String returnReason) {
        Organization org = organization(organizationCode);
        IndicatorReport r = new IndicatorReport();
        r.id = idOf("report:" + target.id + ":" + organizationCode + ":" + periodEnd);
        r.targetId = target.id;
        r.organizationId = org.id;
        r.periodStart = periodStart;
        r.periodEnd = periodEnd;
        r.value = new BigDecimal(value);
        r.evidence = evidence;
        r.status = status;
        r.returnReason = returnReason;
        r.awaitingRevision = status == ReportStatus.RETURNED;
        if (status != ReportStatus.DRAFT) {
            r.submittedAt = OffsetDateTime.of(2024, 1, 10, 2, 0, 0, 0, ZoneOffset.UTC);
            r.submittedBy = switch (organizationCode) {
                case "HD-NS" -> userId("vanphong");
                case "NS-ANLAM" -> userId("dangbo.anlam");
                default -> null;
            };
        }
        if (status == ReportStatus.ACCEPTED || status == ReportStatus.RETURNED) {
            r.reviewedAt = OffsetDateTime.of(2024, 1, 15, 3, 0, 0, 0, ZoneOffset.UTC);
            r.reviewedBy = userId("vanphong");
        }
        em.persist(r);
    }

    private static Tier tier(int min, Integer max, int threshold) {
        return new Tier(min, max, BigDecimal.valueOf(threshold));
    }

    private static Organization organization(String code) {
        Organization org = Organization.find("code", code).firstResult();
        if (org == null) {
            throw new IllegalStateException("demo organization " + code + " is missing");
        }
        return org;
    }

    /** A demo account's id, when it exists (reports name who submitted and reviewed them). */
    private static UUID userId(String username) {
        User user = User.find("username", username).firstResult();
        return user == null ? null : user.id;
    }

    /** The same ids as {@link DemoDistrict}'s, from the same namespace. */
    private static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("nennep-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
