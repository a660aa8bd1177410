package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import vn.nennep.common.Time;
import vn.nennep.demo.DemoMeetingTexts.Job;
import vn.nennep.demo.DemoMeetingTexts.Said;
import vn.nennep.meetings.Meeting;
import vn.nennep.meetings.Meeting.AttendanceStatus;
import vn.nennep.meetings.Meeting.Task;
import vn.nennep.meetings.Meeting.TaskStatus;
import vn.nennep.meetings.MeetingRequest;
import vn.nennep.meetings.MeetingRequest.AttendanceInput;
import vn.nennep.meetings.MeetingRequest.CriterionInput;
import vn.nennep.meetings.MeetingRequest.OpinionInput;
import vn.nennep.meetings.MeetingRequest.ReviewInput;
import vn.nennep.meetings.MeetingRequest.ScoreInput;
import vn.nennep.meetings.MeetingRequest.StepInput;
import vn.nennep.meetings.MeetingRequest.TaskInput;
import vn.nennep.meetings.MeetingRequest.VoteInput;
import vn.nennep.meetings.MeetingContexts;
import vn.nennep.meetings.MeetingWriter;
import vn.nennep.meetings.MeetingTemplates.CriterionTemplate;
import vn.nennep.meetings.ScoreBand;
import vn.nennep.members.Member;
import vn.nennep.members.MemberStatus;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.meetings.MeetingKind;

/**
 * A year of meetings of the demo district's branches, each checked and completed by {@link MeetingWriter} like a
 * record sent to the API. The year is the four whole quarters before the day of loading and the current quarter up
 * to it, so that a newcomer's scorecard of this quarter shows something and the next record starts from open
 * tasks; the same day gives the same records. Each village branch meets monthly (evening or afternoon of a fixed day) and holds its
 * quarter's thematic meeting first: together with the regular one (one combined record of two hours and more) or
 * two days before it. The roll is called by member (exempt members EXEMPT). Four school branches, one per zone, have
 * their records copied from paper minutes books: counts only, no score sheet.
 *
 * <p>Most meetings meet 17-NQ/HU's targets; some fail on purpose, in the last two whole quarters ("Q-1", "Q-2"):
 * Chi bộ thôn An Tây (NS-TTNAMSACH-02) in Q-1's second month (attendance, duration and opinions: POOR); Tế Xuyên
 * (NS-CONGHOA-03) attendance, Q-2; too few opinions: Đột Lĩnh (NS-ANLAM-01, Q-2) and Trúc Khê (NS-ANBINH-04, Q-1,
 * the 8-opinion tier), and An Đông's thematic meeting on Hồ Chí Minh's thought with 2 (NS-TTNAMSACH-01, Q-2);
 * Uông Thượng (NS-ANSON-01) under 90 minutes, Q-2; Bình Lao (NS-ANBINH-01) a combined meeting of 105 minutes, Q-1;
 * no thematic meeting at Kỳ Đặc (NS-ANLAM-04) in Q-2; an unexcused absence at Vũ La (NS-ANLAM-03), Q-1; one member
 * of Ngọc Trì (NS-ANLAM-02) excused at all four meetings of Q-1. A few more fall short at random (seeded). Zones
 * take turns at a pilot meeting reviewed by the district's deputy secretary, Đột Lĩnh's in Q-1 (seed 000 has him at
 * An Lâm). A task is DONE when the next regular meeting reports it, except about one in eight, carried into it.
 */
final class DemoMeetings {

    private static final String DEPUTY_SECRETARY = "Lê Quang Thụ, Phó Bí thư Thường trực Huyện ủy";
    /** The pilot meeting's host, by quarters ago: the zones take turns. */
    private static final List<String> PILOT_HOSTS = List.of("NS-ANLAM-01", "NS-DONGLAC-01", "NS-MINHTAN-01",
            "NS-QUOCTUAN-01");
    /** The school branches whose paper minutes books have been copied in, one per zone (the others have none yet). */
    private static final List<String> PAPER_BOOKS = List.of("NS-ANLAM-TH", "NS-CONGHOA-TH", "NS-HOPTIEN-TH",
            "NS-PHUDIEN-TH");
    private static final String STREAK_BRANCH = "NS-ANLAM-02";
    private static final String NO_THEMATIC_BRANCH = "NS-ANLAM-04";

    /** What a meeting falls short of on purpose. */
    enum Fault { LOW_ATTENDANCE, FEW_OPINIONS, FEW_HCM_OPINIONS, SHORT, COMBINED_SHORT, UNEXCUSED, POOR }

    private final EntityManager em;
    private final MeetingWriter rules;
    private final OffsetDateTime now;
    private final LocalDate today;
    private final YearMonth thisQuarter;
    /** The records still attached to the session, oldest first. */
    private final Deque<Meeting> recent = new ArrayDeque<>();

    DemoMeetings(EntityManager em, MeetingWriter rules, OffsetDateTime now) {
        this.em = em;
        this.rules = rules;
        this.now = now;
        this.today = now.atZoneSameInstant(Time.LOCAL).toLocalDate();
        YearMonth month = YearMonth.from(today);
        this.thisQuarter = month.minusMonths((month.getMonthValue() - 1) % 3);
    }

    /** Loads the meetings of the demo district, which must be loaded already, saying how far it has come. */
    void load(DemoProgress progress) {
        Organization district = Organization.find("code", "HD-NS").firstResult();
        Map<UUID, List<Member>> rosters = new HashMap<>();
        List<Organization> branches = Organization.list("type = ?1 and path like ?2 order by code",
                OrganizationType.BRANCH, district.path + "%");
        em.createQuery("select m from Member m, Organization o where o.id = m.organizationId and o.path like :p"
                + " order by m.fullName, m.joinedOn, m.status, m.exempt, m.id", Member.class)
                .setParameter("p", district.path + "%").getResultList()
                .forEach(m -> rosters.computeIfAbsent(m.organizationId, k -> new ArrayList<>()).add(m));
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            Organization branch = branches.get(i);
            if (rosters.containsKey(branch.id) || PAPER_BOOKS.contains(branch.code)) {
                units.add(new Unit(branch, i, rosters.getOrDefault(branch.id, List.of()), branches));
            }
        }
        Session session = em.unwrap(Session.class);
        FlushMode mode = session.getHibernateFlushMode();
        // Flushed month by month, when a task carried from last month must be in the database for the rules to find
        // it; nothing else needs a flush before the rules' queries.
        session.setHibernateFlushMode(FlushMode.MANUAL);
        int total = units.stream().mapToInt(unit -> unit.slots.size()).sum();
        int written = 0;
        try {
            for (YearMonth month = thisQuarter.minusMonths(12); !month.isAfter(thisQuarter.plusMonths(2));
                    month = month.plusMonths(1)) {
                for (Unit unit : units) {
                    written += unit.write(month);
                    progress.written(DemoProgress.Part.MEETINGS, written, total);
                }
                em.flush();
                forget(rosters, month.minusMonths(2));
            }
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }

    /**
     * Detaches what is written and no longer needed, so that each flush checks only recent records: the members (the
     * rules have read the rosters) and the meetings up to {@code month} (a carried task closes its origin at most two
     * months back).
     */
    private void forget(Map<UUID, List<Member>> rosters, YearMonth month) {
        rosters.values().forEach(roster -> roster.forEach(em::detach));
        while (!recent.isEmpty() && !YearMonth.from(recent.peekFirst().startedAt.atZoneSameInstant(Time.LOCAL))
                .isAfter(month)) {
            em.detach(recent.pollFirst());
        }
    }

    private int quartersAgo(YearMonth month) {
        YearMonth quarter = month.minusMonths((month.getMonthValue() - 1) % 3);
        return (int) (quarter.until(thisQuarter, ChronoUnit.MONTHS) / 3);
    }

    /** An unfinished task to list again at the next regular meeting; {@code again} when it was carried already. */
    private record Carry(UUID taskId, String title, String assignee, boolean again) {
    }

    /** One meeting to write: when, and of what kind. */
    private record Slot(YearMonth month, MeetingKind kind, boolean combined, OffsetDateTime start) {

        boolean regularBusiness() {
            return kind == MeetingKind.REGULAR || combined;
        }

        boolean thematic() {
            return kind == MeetingKind.THEMATIC;
        }

        int monthOfQuarter() {
            return (month.getMonthValue() - 1) % 3;
        }
    }

    /** A branch and what it remembers from one meeting to the next: excuse streaks, unfinished tasks. */
    private final class Unit {

        final Organization branch;
        final int index;
        final boolean paper;
        final String place;
        final List<Member> roster;
        final List<String> names;
        final String liaison;
        final String siblings;
        final String committee;
        final int day;
        final LocalTime time;
        final boolean separate;
        final List<Slot> slots = new ArrayList<>();
        final Map<UUID, Integer> excusedInARow = new HashMap<>();
        final Map<UUID, Meeting> holders = new HashMap<>();
        final List<Carry> carried = new ArrayList<>();
        final Member away;
        final Map<UUID, Member> byId = new HashMap<>();
        final int mustAttend;
        MeetingContexts.Branch rulesBranch;

        Unit(Organization branch, int index, List<Member> roster, List<Organization> branches) {
            this.branch = branch;
            this.index = index;
            this.roster = roster;
            this.paper = roster.isEmpty();
            roster.forEach(m -> byId.put(m.id, m));
            this.mustAttend = (int) roster.stream().filter(m -> !m.exempt).count();
            this.place = branch.name.replace("Chi bộ thôn ", "").replace("Chi bộ ", "");
            Organization commune = Organization.findById(branch.parentId);
            this.committee = commune.name.replace("Đảng bộ", "Đảng ủy");
            Random people = new Random(branch.code.hashCode());
            this.names = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                names.add(DemoDistrict.personName(people, people.nextInt(10) < 6));
            }
            this.liaison = "Đồng chí " + DemoDistrict.personName(new Random(commune.code.hashCode()), false)
                    + ", Đảng ủy viên, phụ trách " + (paper ? "khối giáo dục" : "chi bộ");
            this.siblings = String.join(", ", branches.stream()
                    .filter(b -> b.parentId.equals(branch.parentId) && !b.id.equals(branch.id)
                            && b.name.startsWith("Chi bộ thôn "))
                    .map(b -> b.name.replace("Chi bộ thôn ", "")).toList());
            this.day = 3 + index % 5;
            this.time = paper ? LocalTime.of(16, 0) : index % 3 == 0 ? LocalTime.of(14, 0) : LocalTime.of(19, 30);
            this.separate = !paper && branch.code.matches(".*[02468]$");
            List<Member> candidates = roster.stream().filter(m -> !m.exempt).skip(2).toList();
            this.away = candidates.isEmpty() ? null : candidates.get(candidates.size() / 2);
            plan();
        }

        /** Every meeting of the year that is over by now, in order. */
        private void plan() {
            for (YearMonth month = thisQuarter.minusMonths(12); !month.isAfter(thisQuarter.plusMonths(2));
                    month = month.plusMonths(1)) {
                LocalDate date = month.atDay(day);
                boolean thematicQuarter = !(branch.code.equals(NO_THEMATIC_BRANCH) && quartersAgo(month) == 2);
                if ((month.getMonthValue() - 1) % 3 == 0 && thematicQuarter) {
                    if (separate) {
                        slot(month, MeetingKind.THEMATIC, false, date.minusDays(2));
                        slot(month, MeetingKind.REGULAR, false, date);
                    } else {
                        slot(month, MeetingKind.THEMATIC, true, date);
                    }
                } else {
                    slot(month, MeetingKind.REGULAR, false, date);
                }
            }
        }

        private void slot(YearMonth month, MeetingKind kind, boolean combined, LocalDate date) {
            OffsetDateTime start = date.atTime(time).atZone(Time.LOCAL).toOffsetDateTime();
            if (!start.plusHours(3).isAfter(now)) {
                slots.add(new Slot(month, kind, combined, start));
            }
        }

        /** Writes the month's meetings; returns how many. */
        int write(YearMonth month) {
            int written = 0;
            for (Slot slot : slots) {
                if (slot.month().equals(month)) {
                    write(slot);
                    written++;
                }
            }
            return written;
        }

        private void write(Slot s) {
            if (rulesBranch == null) {
                rulesBranch = rules.branch(branch.id);
            }
            Random rnd = new Random(branch.code.hashCode() * 31L + s.start().toLocalDate().toEpochDay() * 7
                    + s.kind().ordinal());
            int ago = quartersAgo(s.month());
            boolean pilot = !paper && s.kind() == MeetingKind.REGULAR && s.monthOfQuarter() == 1 && ago >= 1
                    && ago <= PILOT_HOSTS.size() && PILOT_HOSTS.get(ago - 1).equals(branch.code);
            Fault planned = planned(s, ago);
            double chance = rnd.nextDouble();
            Fault fault = planned != null || pilot ? planned : chance < 0.015 ? Fault.LOW_ATTENDANCE
                    : chance < 0.03 ? Fault.FEW_OPINIONS : chance < 0.045 ? Fault.SHORT : null;
            String theme = s.thematic() ? theme(s, fault) : null;
            boolean streak = branch.code.equals(STREAK_BRANCH) && ago == 1 && away != null;

            List<AttendanceInput> roll = paper ? null : roll(fault, streak, rnd);
            int total = paper ? branch.declaredMemberCount : roster.size();
            int absent = paper ? absentees(fault, total, rnd) : 0;
            List<String> present = paper ? names.subList(0, Math.min(names.size(), total - absent))
                    : roll.stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                            .map(a -> nameOf(a.memberId())).toList();
            boolean ruleBroken = !paper && roll.stream().anyMatch(a -> a.status() == AttendanceStatus.UNEXCUSED
                    || a.status() == AttendanceStatus.EXCUSED && excusedInARow.get(a.memberId()) > 3);
            ScoreBand band = pilot ? ScoreBand.GOOD : fault == Fault.POOR ? ScoreBand.POOR
                    : fault != null ? (planned != null || rnd.nextBoolean() ? ScoreBand.AVERAGE : ScoreBand.FAIR)
                    : ruleBroken || rnd.nextInt(100) >= 68 ? ScoreBand.FAIR : ScoreBand.GOOD;

            int minutes = fault == Fault.SHORT ? 70 + 5 * rnd.nextInt(3) : fault == Fault.POOR ? 75
                    : fault == Fault.COMBINED_SHORT ? 105
                    : s.combined() ? 125 + 5 * rnd.nextInt(8) : 95 + 5 * rnd.nextInt(7);
            OffsetDateTime started = s.start().plusMinutes(5L * rnd.nextInt(3));
            LocalDate date = s.start().toLocalDate();
            int voters = paper ? present.size() : (int) roll.stream()
                    .filter(a -> a.status() == AttendanceStatus.PRESENT && member(a.memberId()).status
                            == MemberStatus.FULL).count();
            MeetingRequest request = new MeetingRequest(branch.id, s.kind(), theme, topic(s), s.start(), started,
                    started.plusMinutes(minutes), true,
                    chair() + (paper ? ", Bí thư Chi bộ, Hiệu trưởng" : ", Bí thư Chi bộ"),
                    paper ? names.get(1) : roster.size() > 1 ? clerk().fullName : null,
                    paper ? total : null, paper ? total - absent : null, paper ? absent : null, paper ? 0 : null,
                    paper ? 0 : null, roll, guests(s, pilot, rnd), opinions(s, fault, theme, total, present, rnd),
                    procedure(band, rnd), conclusions(s, theme),
                    tasks(s, present, rnd), new VoteInput(voters - (rnd.nextInt(10) == 0 && voters > 0 ? 1 : 0),
                            voters),
                    paper ? null : score(band, rnd), s.thematic() ? date.minusDays(3) : null,
                    s.thematic() && !date.plusDays(5).isAfter(today) ? date.plusDays(5) : null, pilot,
                    pilot ? review(ago) : null, s.combined(), null);

            Meeting meeting = new Meeting();
            meeting.id = idOf("meeting:" + branch.code + ":" + s.start() + ":" + s.kind());
            rules.applyAsSystem(meeting, request, rulesBranch);
            em.persist(meeting);
            recent.add(meeting);
            remember(s, meeting);
        }

        /** The faults placed on purpose (see the class comment), by branch and quarter. */
        private Fault planned(Slot s, int ago) {
            int m = s.monthOfQuarter();
            return switch (branch.code) {
                case "NS-TTNAMSACH-01" -> ago == 2 && s.thematic() ? Fault.FEW_HCM_OPINIONS : null;
                case "NS-TTNAMSACH-02" -> ago == 1 && m == 1 ? Fault.POOR : null;
                case "NS-ANBINH-01" -> ago == 1 && s.combined() ? Fault.COMBINED_SHORT : null;
                case "NS-ANBINH-04" -> ago == 1 && m == 2 ? Fault.FEW_OPINIONS : null;
                case "NS-ANLAM-01" -> ago == 2 && m == 1 ? Fault.FEW_OPINIONS : null;
                case "NS-ANLAM-03" -> ago == 1 && m == 0 ? Fault.UNEXCUSED : null;
                case "NS-ANSON-01" -> ago == 2 && m == 2 ? Fault.SHORT : null;
                case "NS-CONGHOA-03" -> ago == 2 && m == 1 ? Fault.LOW_ATTENDANCE : null;
                default -> null;
            };
        }

        /** The month's business; a thematic meeting of its own is named after its quarter. */
        private String topic(Slot s) {
            if (s.thematic() && !s.combined()) {
                return "Sinh hoạt chuyên đề quý " + (s.month().getMonthValue() + 2) / 3 + " năm " + s.month().getYear();
            }
            return (paper ? DemoMeetingTexts.SCHOOL_TOPICS : DemoMeetingTexts.VILLAGE_TOPICS)
                    .get(s.month().getMonthValue() - 1);
        }

        private String theme(Slot s, Fault fault) {
            List<String> themes = paper ? DemoMeetingTexts.SCHOOL_THEMES : DemoMeetingTexts.VILLAGE_THEMES;
            int turn = fault == Fault.FEW_HCM_OPINIONS ? 0
                    : (s.month().getYear() * 4 + s.month().getMonthValue() / 3 + index) % themes.size();
            return themes.get(turn);
        }

        /** How many of {@code mustAttend} stay away: within 15 % unless the attendance is to fail. */
        private int absentees(Fault fault, int mustAttend, Random rnd) {
            int allowed = mustAttend * 15 / 100;
            if (fault == Fault.LOW_ATTENDANCE) {
                return allowed + 1 + rnd.nextInt(2);
            }
            if (fault == Fault.POOR) {
                return allowed + 2 + mustAttend / 10;
            }
            int absent = rnd.nextInt(allowed + 1);
            return fault == Fault.UNEXCUSED ? Math.max(1, absent) : absent;
        }

        /** The roll: nobody but {@link #away} is excused three times running, the chair and the clerk are there. */
        private List<AttendanceInput> roll(Fault fault, boolean streak, Random rnd) {
            List<Member> eligible = new ArrayList<>(roster.stream().filter(m -> !m.exempt).skip(2)
                    .filter(m -> m != away && excusedInARow.getOrDefault(m.id, 0) < 2).toList());
            Collections.shuffle(eligible, rnd);
            int absent = absentees(fault, mustAttend, rnd);
            List<Member> missing = new ArrayList<>();
            if (streak) {
                missing.add(away);
            }
            for (Member m : eligible) {
                if (missing.size() >= absent) {
                    break;
                }
                missing.add(m);
            }
            Member unexcused = fault == Fault.UNEXCUSED && !missing.isEmpty() ? missing.get(missing.size() - 1) : null;
            List<AttendanceInput> roll = new ArrayList<>();
            for (Member m : roster) {
                AttendanceInput line = m.exempt ? new AttendanceInput(m.id, AttendanceStatus.EXEMPT, null)
                        : m == unexcused ? new AttendanceInput(m.id, AttendanceStatus.UNEXCUSED, null)
                        : missing.contains(m) ? new AttendanceInput(m.id, AttendanceStatus.EXCUSED, m == away
                                ? DemoMeetingTexts.AWAY_FOR_WORK
                                : DemoMeetingTexts.EXCUSES.get(rnd.nextInt(DemoMeetingTexts.EXCUSES.size())))
                        : new AttendanceInput(m.id, AttendanceStatus.PRESENT, null);
                excusedInARow.put(m.id, line.status() == AttendanceStatus.EXCUSED
                        ? excusedInARow.getOrDefault(m.id, 0) + 1 : 0);
                roll.add(line);
            }
            return roll;
        }

        private List<String> guests(Slot s, boolean pilot, Random rnd) {
            if (pilot) {
                return List.of("Đồng chí " + DEPUTY_SECRETARY, "Thường trực " + committee,
                        "Bí thư chi bộ các thôn " + siblings);
            }
            return s.thematic() || rnd.nextInt(4) == 0 ? List.of(liaison) : List.of();
        }

        /** Enough opinions for the roster's tier (3 on Hồ Chí Minh's thought), unless they are to fall short. */
        private List<OpinionInput> opinions(Slot s, Fault fault, String theme, int total, List<String> present,
                Random rnd) {
            boolean hcm = theme != null && theme.contains("Hồ Chí Minh");
            int required = hcm || total < 20 ? 3 : total < 50 ? 5 : 8;
            int count = fault == Fault.FEW_OPINIONS ? Math.max(1, required - 1 - rnd.nextInt(2))
                    : fault == Fault.FEW_HCM_OPINIONS ? 2
                    : fault == Fault.POOR ? Math.max(1, required - 2) : required + rnd.nextInt(4);
            List<Said> pool = new ArrayList<>();
            if (paper) {
                pool.addAll(shuffled(DemoMeetingTexts.SCHOOL_OPINIONS, rnd));
            } else {
                if (s.thematic()) {
                    pool.addAll(shuffled(DemoMeetingTexts.THEMATIC_OPINIONS, rnd));
                }
                pool.addAll(shuffled(DemoMeetingTexts.VILLAGE_OPINIONS, rnd));
            }
            String chair = chair();
            List<String> speakers = shuffled(present.stream().filter(n -> !n.equals(chair)).toList(), rnd);
            List<OpinionInput> opinions = new ArrayList<>();
            for (int i = 0; i < count && i < pool.size() && !speakers.isEmpty(); i++) {
                Said said = pool.get(i);
                opinions.add(new OpinionInput(speakers.get(i % speakers.size()), said.area(), said.summary()));
            }
            return opinions;
        }

        private List<StepInput> procedure(ScoreBand band, Random rnd) {
            List<StepInput> done = new ArrayList<>();
            List<String> steps = rulesBranch.steps();
            for (int i = 0; i < steps.size(); i++) {
                boolean skipped = band == ScoreBand.POOR && (i == 0 || i == 2)
                        || band == ScoreBand.AVERAGE && i == 2 && rnd.nextBoolean();
                done.add(new StepInput(steps.get(i), !skipped));
            }
            return done;
        }

        /** Points that give {@code band}: full marks on the key criteria only for GOOD. */
        private ScoreInput score(ScoreBand band, Random rnd) {
            List<CriterionInput> points = new ArrayList<>();
            for (CriterionTemplate c : rulesBranch.sheet()) {
                double[] range = switch (band) {
                    case GOOD -> c.key() ? new double[] {1, 1} : new double[] {0.84, 1};
                    case FAIR -> new double[] {0.75, 0.88};
                    case AVERAGE -> new double[] {0.52, 0.66};
                    case POOR -> new double[] {0.30, 0.45};
                };
                double share = range[0] + (range[1] - range[0]) * rnd.nextDouble();
                points.add(new CriterionInput(c.code(), Math.min(c.max(), (int) Math.round(c.max() * share))));
            }
            return new ScoreInput(points);
        }

        private String conclusions(Slot s, String theme) {
            String regular = "Chi bộ thống nhất đánh giá các nhiệm vụ tháng trước cơ bản hoàn thành"
                    + (carried.isEmpty() ? "" : "; việc chưa xong được chuyển sang tháng này") + ". Trọng tâm tháng "
                    + s.month().getMonthValue() + ": "
                    + lower(topic(new Slot(s.month(), MeetingKind.REGULAR, false, s.start())))
                    + ". Giao các tổ chức, đảng viên thực hiện nhiệm vụ đã phân công, báo cáo kết quả tại kỳ sinh hoạt"
                    + " tháng " + s.month().plusMonths(1).getMonthValue() + ".";
            String thematic = "Chi bộ thống nhất thông qua nghị quyết chuyên đề \"" + theme + "\"; giao chi ủy hoàn"
                    + " thiện nghị quyết, gửi đảng viên và báo cáo Đảng ủy; mỗi đảng viên đăng ký việc làm cụ thể để"
                    + " thực hiện.";
            return !s.thematic() ? regular : s.combined() ? thematic + " " + regular : thematic;
        }

        /**
         * Last month's unfinished tasks first (DONE now, or still OPEN and carried once more), then the new ones: OPEN
         * while no regular meeting has reported them yet, DONE otherwise except one in eight meetings' first.
         */
        private List<TaskInput> tasks(Slot s, List<String> present, Random rnd) {
            boolean reported = slots.stream().anyMatch(o -> o.start().isAfter(s.start()) && o.regularBusiness());
            boolean last = slots.get(slots.size() - 1) == s;
            LocalDate due = s.regularBusiness() ? s.month().plusMonths(1).atDay(day - 1)
                    : s.start().toLocalDate().plusDays(30);
            List<TaskInput> tasks = new ArrayList<>();
            if (s.regularBusiness()) {
                for (Carry c : carried) {
                    TaskStatus status = !reported ? TaskStatus.OPEN
                            : c.again() || rnd.nextInt(10) < 7 ? TaskStatus.DONE : TaskStatus.OPEN;
                    tasks.add(new TaskInput(null, c.title(), c.assignee(), due, null, status, c.taskId()));
                }
                List<Job> jobs = shuffled(paper ? DemoMeetingTexts.SCHOOL_TASKS : DemoMeetingTexts.VILLAGE_TASKS, rnd)
                        .stream().filter(j -> carried.stream().noneMatch(c -> c.title().equals(j.title()))).toList();
                boolean leftOver = reported && rnd.nextInt(8) == 0;
                for (int i = 0, n = 2 + rnd.nextInt(2); i < n; i++) {
                    TaskStatus status = !reported || leftOver && i == 0 ? TaskStatus.OPEN : TaskStatus.DONE;
                    tasks.add(new TaskInput(null, jobs.get(i).title(), assignee(jobs.get(i), present, rnd), due, null,
                            status, null));
                }
            }
            if (s.thematic()) {
                for (Job job : DemoMeetingTexts.THEMATIC_TASKS.subList(0, s.combined() ? 1 : 2)) {
                    tasks.add(new TaskInput(null, job.title(), "Đồng chí " + chair(), due, null,
                            last ? TaskStatus.OPEN : TaskStatus.DONE, null));
                }
            }
            return tasks;
        }

        /**
         * After the meeting is written: what it carries forward (its OPEN tasks, when a regular meeting follows), and
         * the origins of the carried tasks it reports DONE, closed as {@code MeetingService} closes them.
         */
        private void remember(Slot s, Meeting meeting) {
            meeting.tasks.forEach(t -> holders.put(t.id(), meeting));
            if (!s.regularBusiness()) {
                return;
            }
            boolean reported = slots.stream().anyMatch(o -> o.start().isAfter(s.start()) && o.regularBusiness());
            carried.clear();
            for (Task t : meeting.tasks) {
                if (t.carriedFromTaskId() != null && t.status() == TaskStatus.DONE) {
                    close(t.carriedFromTaskId());
                }
                if (reported && t.status() == TaskStatus.OPEN) {
                    carried.add(new Carry(t.id(), t.title(), t.assigneeName(), t.carriedFromTaskId() != null));
                }
            }
        }

        private void close(UUID taskId) {
            Meeting holder = holders.get(taskId);
            if (holder == null) {
                return;
            }
            UUID origin = null;
            List<Task> updated = new ArrayList<>();
            for (Task t : holder.tasks) {
                if (t.id().equals(taskId) && t.status() == TaskStatus.OPEN) {
                    updated.add(new Task(t.id(), t.title(), t.assigneeName(), t.dueOn(), t.reportAtMeetingId(),
                            TaskStatus.DONE, t.carriedFromTaskId()));
                    origin = t.carriedFromTaskId();
                } else {
                    updated.add(t);
                }
            }
            holder.tasks = updated;
            if (origin != null) {
                close(origin);
            }
        }

        private String assignee(Job job, List<String> present, Random rnd) {
            if (job.assignee() != null) {
                return job.assignee().contains("%s") ? String.format(job.assignee(), place) : job.assignee();
            }
            return "Đồng chí " + (present.isEmpty() ? chair() : present.get(rnd.nextInt(present.size())));
        }

        private ReviewInput review(int ago) {
            DemoMeetingTexts.Review review = DemoMeetingTexts.PILOT_REVIEWS.get(ago - 1);
            return new ReviewInput(DEPUTY_SECRETARY, review.strengths(), review.limitations(), review.remedies(),
                    (100 - 17 * ago) + "-TB/HU");
        }

        private String chair() {
            return paper ? names.get(0) : secretary().fullName;
        }

        private Member secretary() {
            return roster.stream().filter(m -> !m.exempt).findFirst().orElse(roster.get(0));
        }

        private Member clerk() {
            return roster.stream().filter(m -> !m.exempt).skip(1).findFirst().orElse(roster.get(roster.size() - 1));
        }

        private Member member(UUID id) {
            return byId.get(id);
        }

        private String nameOf(UUID id) {
            return member(id).fullName;
        }
    }

    private static <T> List<T> shuffled(List<T> items, Random rnd) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, rnd);
        return copy;
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The same ids as {@link DemoDistrict}'s, from the same namespace. */
    private static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("nennep-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
