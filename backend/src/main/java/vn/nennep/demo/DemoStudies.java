package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.Resolution;
import vn.nennep.studies.ActionPlan;
import vn.nennep.studies.ActionPlanStatus;
import vn.nennep.studies.StudyPlan;
import vn.nennep.studies.StudyPlanAudience;
import vn.nennep.studies.StudyPlanStatus;

/**
 * How Triệu Sơn studies the documents from above (seed 004). The document: Kết luận 21-KL/TW of the fourth plenum of
 * the 13th Central Committee (25/10/2021), on building and rectifying the Party, registered by the district for its
 * subtree, its issuer named ("Ban Chấp hành Trung ương") as a document from above is. The Standing Committee's plan
 * 86-KH/HU for studying it at four levels, its presenters, and the action plans it asks of the 58 grassroots
 * organizations in every state; the sessions and remarks are {@link DemoStudySessions}', the inspections {@link
 * DemoInspections}'.
 *
 * <p>Dates are counted back from the day of loading (Asia/Ho_Chi_Minh), as the meeting records are: the plan was
 * issued 120 days ago, the key cadres studied 110 days ago, the action plans were due 75 days ago (a few have been
 * given until two weeks from now), so that "overdue" and "not yet due" both hold on the day a newcomer looks.
 * Deterministic for a given day.
 */
final class DemoStudies {

    static final String CONCLUSION_NUMBER = "21-KL/TW";
    static final String CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương";
    static final String PLAN_NUMBER = "86-KH/HU";
    static final int ACTION_PLANS_DUE_DAYS_AGO = 75;

    /** The Standing Committee's members who present the document (báo cáo viên), as the plan names them. */
    static final List<StudyPlan.Presenter> PRESENTERS = List.of(
            new StudyPlan.Presenter("Nguyễn Văn Hải", "Bí thư Huyện ủy"),
            new StudyPlan.Presenter("Lê Thị Thu Hà", "Phó Bí thư Thường trực Huyện ủy"),
            new StudyPlan.Presenter("Trịnh Xuân Long", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy"),
            new StudyPlan.Presenter("Hoàng Văn Tuấn", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"));

    /** Action plans not yet sent, given until two weeks from today (their units were reorganized). */
    private static final List<String> EXTENDED = List.of("TS-THUE", "TS-DL", "TS-AGRI");
    /** Action plans not yet sent and past the plan's date. */
    private static final List<String> MISSING = List.of("TS-BINHSON", "TS-THOTAN", "TS-THADS");
    /** Sent on time, returned, and sent again a few days ago: awaiting review. */
    private static final List<String> RESUBMITTED = List.of("TS-XUANLOC", "TS-VANSON", "TS-BVDK", "TS-THPT3");
    /** Sent for the first time a few days ago, long after the date: awaiting review. */
    private static final List<String> SENT_LATE = List.of("TS-HOPTHANH", "TS-VKS");
    /** Returned to be completed, not yet sent again. */
    private static final List<String> RETURNED = List.of("TS-THODAN", "TS-DONGTIEN", "TS-THPT5");
    /** Accepted, though sent after the date. */
    private static final List<String> ACCEPTED_LATE = List.of("TS-MINHSON", "TS-TIENNONG", "TS-QS", "TS-NHCS");
    static final String RETURN_REASON = "Kế hoạch chưa cụ thể hóa nhiệm vụ, giải pháp theo tình hình thực tế của"
            + " đơn vị; chưa phân công người chịu trách nhiệm và thời gian hoàn thành từng nội dung.";

    private final EntityManager em;
    private final LocalDate today;

    DemoStudies(EntityManager em, OffsetDateTime now) {
        this.em = em;
        this.today = now.atZoneSameInstant(Time.LOCAL).toLocalDate();
    }

    /** Loads what Triệu Sơn studies; {@link DemoTrieuSon} must be loaded already. */
    void load() {
        Organization district = Organization.findById(DemoTrieuSon.idOf(DemoTrieuSon.DISTRICT));
        if (district == null) {
            throw new IllegalStateException("demo organization " + DemoTrieuSon.DISTRICT + " is missing");
        }
        Resolution conclusion = conclusion(district);
        StudyPlan plan = plan(district, conclusion);
        actionPlans(district, plan);
        em.flush();
        new DemoStudySessions(em, today).load(district, plan);
        new DemoInspections(em, today).load(district, conclusion);
        em.flush();
    }

    /** The document studied: a conclusion of the Central Committee, kept by the district it was registered for. */
    private Resolution conclusion(Organization district) {
        DocumentNumber number = DocumentNumber.parse(CONCLUSION_NUMBER, DocumentType.codes());
        Resolution r = new Resolution();
        r.id = idOf(number.text() + ":" + CENTRAL_COMMITTEE);
        r.number = number.text();
        r.sequence = number.sequence();
        r.documentType = number.documentType();
        r.issuerCode = number.issuer().code;
        r.issuerName = CENTRAL_COMMITTEE;
        r.term = "2021-2026";
        r.issuedOn = LocalDate.of(2021, 10, 25);
        r.title = "Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh"
                + " đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy"
                + " thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện \"tự diễn biến\", \"tự chuyển hóa\"";
        r.scopeOrganizationId = district.id;
        r.effectiveFrom = r.issuedOn;
        em.persist(r);
        return r;
    }

    /** The Standing Committee's plan: four levels, the presenters, action plans due 75 days ago; under way. */
    private StudyPlan plan(Organization district, Resolution conclusion) {
        StudyPlan plan = new StudyPlan();
        plan.id = DemoTrieuSon.idOf("study-plan:" + PLAN_NUMBER);
        plan.organizationId = district.id;
        plan.resolutionId = conclusion.id;
        plan.number = DocumentNumber.parse(PLAN_NUMBER, DocumentType.codes()).text();
        plan.issuedOn = daysAgo(120);
        plan.title = "Kế hoạch học tập, quán triệt và triển khai thực hiện Kết luận số 21-KL/TW của Ban Chấp hành"
                + " Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị";
        plan.scopeOrganizationId = district.id;
        plan.levels = new ArrayList<>(List.of(
                new StudyPlan.Level(StudyPlanAudience.KEY_CADRES, daysAgo(105)),
                new StudyPlan.Level(StudyPlanAudience.REPORTERS_COMMENTATORS, daysAgo(100)),
                new StudyPlan.Level(StudyPlanAudience.MASS_ORGANIZATION_MEMBERS, daysAgo(95)),
                new StudyPlan.Level(StudyPlanAudience.ALL_MEMBERS, daysAgo(80))));
        plan.presenters = new ArrayList<>(PRESENTERS);
        plan.actionPlansDueOn = daysAgo(ACTION_PLANS_DUE_DAYS_AGO);
        plan.status = StudyPlanStatus.IN_PROGRESS;
        plan.searchText = Text.fold(String.join(" ", plan.number, plan.title, conclusion.number, conclusion.title));
        em.persist(plan);
        return plan;
    }

    /**
     * One action plan per grassroots organization of the district (58), as issuing the plan asks: most accepted, the
     * others named in the lists above.
     */
    private void actionPlans(Organization district, StudyPlan plan) {
        List<Organization> units = Organization.list("type = ?1 and path like ?2 order by code",
                OrganizationType.GRASSROOTS, district.path + "%");
        List<String> codes = units.stream().map(u -> u.code).toList();
        for (List<String> named : List.of(EXTENDED, MISSING, RESUBMITTED, SENT_LATE, RETURNED, ACCEPTED_LATE)) {
            if (!codes.containsAll(named)) {
                throw new IllegalStateException("demo organizations missing among " + named);
            }
        }
        LocalDate due = plan.actionPlansDueOn;
        for (int i = 0; i < units.size(); i++) {
            Organization unit = units.get(i);
            ActionPlan a = new ActionPlan();
            a.id = DemoTrieuSon.idOf("action-plan:" + PLAN_NUMBER + ":" + unit.code);
            a.studyPlanId = plan.id;
            a.resolutionId = plan.resolutionId;
            a.organizationId = unit.id;
            a.dueOn = due;
            a.status = ActionPlanStatus.PENDING;
            String code = unit.code;
            int spread = Math.floorMod(code.hashCode(), 9);
            if (EXTENDED.contains(code)) {
                a.dueOn = today.plusDays(14);
            } else if (MISSING.contains(code)) {
                // Nothing sent: still PENDING, past the date.
            } else if (RESUBMITTED.contains(code)) {
                submit(a, unit, i, due.minusDays(2 + spread));
                a.submittedOn = today.minusDays(2 + spread % 4);
                a.status = ActionPlanStatus.SUBMITTED;
            } else if (SENT_LATE.contains(code)) {
                submit(a, unit, i, today.minusDays(3 + spread % 5));
                a.status = ActionPlanStatus.SUBMITTED;
            } else if (RETURNED.contains(code)) {
                submit(a, unit, i, due.minusDays(1 + spread % 3));
                a.reviewedOn = due.plusDays(4 + spread % 3);
                a.returnReason = RETURN_REASON;
                a.status = ActionPlanStatus.RETURNED;
            } else {
                submit(a, unit, i, ACCEPTED_LATE.contains(code) ? due.plusDays(3 + spread) : due.minusDays(spread * 2));
                a.reviewedOn = a.submittedOn.plusDays(3 + spread % 5);
                a.status = ActionPlanStatus.ACCEPTED;
            }
            em.persist(a);
        }
    }

    /** The unit's plan sent on {@code on}: its own KH number (ĐU for a đảng bộ, CB for a chi bộ cơ sở). */
    private static void submit(ActionPlan a, Organization unit, int index, LocalDate on) {
        String issuer = unit.name.startsWith("Chi bộ") ? "CB" : "ĐU";
        a.documentNumber = DocumentNumber.parse((12 + index % 37) + "-KH/" + issuer, DocumentType.codes()).text();
        a.title = "Kế hoạch thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII";
        a.firstSubmittedOn = on;
        a.submittedOn = on;
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    /** A document's id, from the namespace of {@link DemoResolutions}' ids. */
    static UUID idOf(String key) {
        return DemoTrieuSon.idOf("resolution:" + key);
    }
}
