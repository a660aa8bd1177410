package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.Time;
import vn.nennep.demo.DemoTrieuSonUnits.Commune;
import vn.nennep.members.Member;
import vn.nennep.organizations.Organization;
import vn.nennep.studies.RemarkKind;
import vn.nennep.studies.StudyPlanAudience;
import vn.nennep.studies.SessionFormat;
import vn.nennep.studies.SessionOrganizerKind;
import vn.nennep.studies.StudyPlan;
import vn.nennep.studies.StudyRemark;
import vn.nennep.studies.StudySession;

/**
 * Triệu Sơn's sessions on 21-KL/TW, one per level of the plan as seed 004 tells them: the Standing Committee's for
 * the key cadres, in the hall of the district committee and at 36 bridge points (the 34 communes and towns, the
 * police and the military command), 1,350 of 1,353 online and 350 of 350 in the hall, which the session's own rule
 * makes 99.8 %; the propaganda department's for the reporters; the district youth union's for its members; Thọ Dân's
 * for all its members in its hall, and Nưa's on the town's loudspeakers. After the key cadres' session: remarks on
 * those late, short of their members, not serious (a commune, and a member of Thọ Dân by the roster), and praise.
 */
final class DemoStudySessions {

    static final int ONLINE_EXPECTED = 1_353;
    static final int ONLINE_ATTENDED = 1_350;
    static final int HALL = 350;
    /** The points one short of those expected (3 of the 1,353). */
    private static final List<String> ONE_SHORT = List.of("Hợp Thắng", "Thọ Phú", "Dân Quyền");

    private final EntityManager em;
    private final LocalDate today;

    DemoStudySessions(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    void load(Organization district, StudyPlan plan) {
        StudySession keyCadres = keyCadres(district, plan);
        session(plan, district, "bao-cao-vien", SessionOrganizerKind.PROPAGANDA_DEPARTMENT,
                "Ban Tuyên giáo Huyện ủy Triệu Sơn", StudyPlanAudience.REPORTERS_COMMENTATORS, SessionFormat.IN_PERSON,
                "Hội nghị báo cáo viên, cộng tác viên dư luận xã hội học tập Kết luận số 21-KL/TW",
                "Hội trường Trung tâm Chính trị huyện Triệu Sơn", presenter(2), 106, 112, 110);
        session(plan, district, "huyen-doan", SessionOrganizerKind.MASS_ORGANIZATION, "Huyện đoàn Triệu Sơn",
                StudyPlanAudience.MASS_ORGANIZATION_MEMBERS, SessionFormat.IN_PERSON,
                "Hội nghị quán triệt Kết luận số 21-KL/TW cho cán bộ, đoàn viên thanh niên",
                "Hội trường Ủy ban MTTQ huyện Triệu Sơn", presenter(1), 98, 160, 151);
        Organization thoDan = organization(DemoTrieuSon.communeCode(DemoTrieuSonUnits.ROSTERED_COMMUNE, false));
        int members = ((Number) em.createQuery("select count(m) from Member m, Organization b where b.id ="
                + " m.organizationId and b.path like :p and m.exempt = false").setParameter("p", thoDan.path + "%")
                .getSingleResult()).intValue();
        session(plan, thoDan, "tho-dan", SessionOrganizerKind.GRASSROOTS_COMMITTEE, "Đảng ủy xã Thọ Dân",
                StudyPlanAudience.ALL_MEMBERS, SessionFormat.IN_PERSON,
                "Hội nghị học tập, quán triệt Kết luận số 21-KL/TW cho toàn thể cán bộ, đảng viên xã Thọ Dân",
                "Hội trường UBND xã Thọ Dân", presenter(1), 90, members, members - 9);
        Organization nua = organization(DemoTrieuSon.communeCode("Nưa", true));
        session(plan, nua, "nua", SessionOrganizerKind.GRASSROOTS_COMMITTEE, "Đảng ủy thị trấn Nưa",
                StudyPlanAudience.ALL_MEMBERS, SessionFormat.BROADCAST,
                "Phát thanh nội dung Kết luận số 21-KL/TW trên hệ thống truyền thanh thị trấn Nưa",
                "Đài Truyền thanh thị trấn Nưa", presenter(3), 88, null, null);
        remarks(keyCadres, thoDan);
    }

    /** Seed 004's session: the hall and 36 bridge points, each commune hosted by its own committee. */
    private StudySession keyCadres(Organization district, StudyPlan plan) {
        List<String> names = new ArrayList<>();
        List<UUID> hosts = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Commune commune : DemoTrieuSonUnits.COMMUNES) {
            names.add("Hội trường UBND " + commune.place());
            hosts.add(DemoTrieuSon.idOf(DemoTrieuSon.communeCode(commune.name(), commune.town())));
            weights.add(commune.villages() + 30);
        }
        names.add("Hội trường Công an huyện Triệu Sơn");
        hosts.add(DemoTrieuSon.idOf("TS-CA"));
        weights.add(38);
        names.add("Hội trường Ban Chỉ huy Quân sự huyện Triệu Sơn");
        hosts.add(DemoTrieuSon.idOf("TS-QS"));
        weights.add(30);
        int[] expected = apportion(ONLINE_EXPECTED, weights);
        List<StudySession.BridgePoint> points = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean short1 = ONE_SHORT.stream().anyMatch(names.get(i)::endsWith);
            points.add(new StudySession.BridgePoint(names.get(i), hosts.get(i), expected[i],
                    short1 ? expected[i] - 1 : expected[i]));
        }
        StudySession s = unsaved(plan, district, "can-bo-chu-chot", SessionOrganizerKind.STANDING_COMMITTEE,
                "Ban Thường vụ Huyện ủy Triệu Sơn", StudyPlanAudience.KEY_CADRES, SessionFormat.HYBRID,
                "Hội nghị cán bộ chủ chốt học tập, quán triệt và triển khai thực hiện Kết luận số 21-KL/TW",
                "Hội trường Huyện ủy Triệu Sơn", presenter(0), 110, HALL, HALL);
        s.bridgePoints = points;
        s.derive();
        em.persist(s);
        return s;
    }

    private void session(StudyPlan plan, Organization holder, String key, SessionOrganizerKind kind, String organizer,
            StudyPlanAudience audience, SessionFormat format, String title, String place, String presenter,
            int daysAgo, Integer expected, Integer attended) {
        StudySession s = unsaved(plan, holder, key, kind, organizer, audience, format, title, place, presenter,
                daysAgo, expected, attended);
        s.derive();
        em.persist(s);
    }

    private StudySession unsaved(StudyPlan plan, Organization holder, String key, SessionOrganizerKind kind,
            String organizer, StudyPlanAudience audience, SessionFormat format, String title, String place,
            String presenter, int daysAgo, Integer expected, Integer attended) {
        StudySession s = new StudySession();
        s.id = DemoTrieuSon.idOf("study-session:" + plan.number + ":" + key);
        s.studyPlanId = plan.id;
        s.organizationId = holder.id;
        s.organizerKind = kind;
        s.organizerName = organizer;
        s.audience = audience;
        s.format = format;
        s.title = title;
        s.place = place;
        s.presenterName = presenter;
        OffsetDateTime starts = today.minusDays(daysAgo).atTime(LocalTime.of(7, 30)).atZone(Time.LOCAL)
                .toOffsetDateTime();
        s.startsAt = starts;
        s.endsAt = starts.plusHours(format == SessionFormat.BROADCAST ? 1 : 4);
        s.inPersonExpected = expected;
        s.inPersonAttended = attended;
        return s;
    }

    /** After the key cadres' session, as the article says: late, short, not serious, and a praise. */
    private void remarks(StudySession session, Organization thoDan) {
        remark(session, "TS-XUANTHO", null, null, RemarkKind.LATE,
                "Điểm cầu xã Xuân Thọ kết nối muộn 15 phút so với giờ khai mạc hội nghị.");
        remark(session, "TS-CQCQ", null, "Lê Văn Hưng", RemarkKind.LATE,
                "Đến hội trường Huyện ủy muộn 20 phút, không báo cáo lý do với Ban Tổ chức hội nghị.");
        remark(session, "TS-HOPTHANG", null, null, RemarkKind.INCOMPLETE_ATTENDANCE,
                "Thiếu 01 đồng chí trong thành phần cán bộ chủ chốt được triệu tập, không báo cáo lý do.");
        remark(session, "TS-THOPHU", null, null, RemarkKind.INCOMPLETE_ATTENDANCE,
                "Không đủ thành phần dự hội nghị tại điểm cầu; đề nghị Đảng ủy xã kiểm điểm, rút kinh nghiệm.");
        remark(session, "TS-DONGTHANG", null, null, RemarkKind.NOT_SERIOUS,
                "Một số đại biểu tại điểm cầu sử dụng điện thoại, làm việc riêng trong thời gian học tập.");
        Member member = em.createQuery("select m from Member m, Organization b where b.id = m.organizationId"
                + " and b.code = :code order by m.fullName, m.id", Member.class)
                .setParameter("code", thoDan.code + "-01").setMaxResults(1).getSingleResult();
        remark(session, thoDan.code, member.id, null, RemarkKind.NOT_SERIOUS,
                "Rời điểm cầu xã Thọ Dân trước khi kết thúc hội nghị, không báo cáo chủ trì điểm cầu.");
        remark(session, "TS-TTTRIEUSON", null, null, RemarkKind.PRAISED,
                "Điểm cầu thị trấn Triệu Sơn bảo đảm đủ thành phần, đúng giờ; tổ chức thảo luận xây dựng kế hoạch"
                        + " hành động ngay sau hội nghị.");
    }

    private void remark(StudySession session, String organizationCode, UUID memberId, String personName,
            RemarkKind kind, String text) {
        StudyRemark r = new StudyRemark();
        r.id = DemoTrieuSon.idOf("study-remark:" + session.id + ":" + organizationCode + ":" + kind
                + (personName == null && memberId == null ? "" : ":person"));
        r.sessionId = session.id;
        r.organizationId = organization(organizationCode).id;
        r.memberId = memberId;
        r.personName = personName;
        r.kind = kind;
        r.text = text;
        em.persist(r);
    }

    /** "Nguyễn Văn Hải, Bí thư Huyện ủy": the plan's presenter number {@code i}. */
    private static String presenter(int i) {
        StudyPlan.Presenter p = DemoStudies.PRESENTERS.get(i);
        return p.fullName() + ", " + p.position();
    }

    /** {@code total} shared in proportion to the weights, the remainder to the largest fractions (then the first). */
    static int[] apportion(int total, List<Integer> weights) {
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        int[] shares = new int[weights.size()];
        long[] remainders = new long[weights.size()];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            long scaled = (long) total * weights.get(i);
            shares[i] = (int) (scaled / sum);
            remainders[i] = scaled % sum;
            given += shares[i];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }

    private static Organization organization(String code) {
        Organization org = Organization.find("code", code).firstResult();
        if (org == null) {
            throw new IllegalStateException("demo organization " + code + " is missing");
        }
        return org;
    }
}
